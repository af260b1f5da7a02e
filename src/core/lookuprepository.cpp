#include "lookuprepository.h"
