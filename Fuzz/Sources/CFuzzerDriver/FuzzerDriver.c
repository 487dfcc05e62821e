// The declaration in include/FuzzerDriver.h is all this module offers; libFuzzer defines the function.
#include "FuzzerDriver.h"
