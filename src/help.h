/*
 * help.h - the help page printed for `help` (generated into help.c by
 * scripts/gen-help.sh from the AWS CLI's page for this operation).
 */
#ifndef SWF_HELP_H
#define SWF_HELP_H

extern const char help_text[];

#endif
