// Everything is in the header: datamin_byte_marks is static inline, compiled into its
// Swift callers. SwiftPM needs one source file to build the module.
#include "byte_marks.h"
