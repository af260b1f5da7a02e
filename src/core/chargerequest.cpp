#include "chargerequest.h"
