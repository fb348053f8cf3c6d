#include <stdio.h>
int main(void) { puts("swf-cancel " SWF_VERSION); return 0; }
