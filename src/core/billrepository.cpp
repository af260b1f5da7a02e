#include "billrepository.h"
