#include "customerrepository.h"
