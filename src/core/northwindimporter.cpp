#include "northwindimporter.h"
