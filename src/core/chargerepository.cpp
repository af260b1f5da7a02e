#include "chargerepository.h"
