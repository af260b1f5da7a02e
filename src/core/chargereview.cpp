#include "chargereview.h"
