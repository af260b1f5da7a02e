#include "chargeservice.h"
