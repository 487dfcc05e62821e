#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; hiding it avoids a clash with Foundation's ICU types. */
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/* xmlFree is a mutable global function pointer, which Swift 6 rejects; call it through here. */
static inline void clibxml2_free(void *p) { xmlFree(p); }

#endif
