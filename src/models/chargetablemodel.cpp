#include "chargetablemodel.h"
