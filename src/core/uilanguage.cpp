#include "uilanguage.h"
