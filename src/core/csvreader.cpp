#include "csvreader.h"
