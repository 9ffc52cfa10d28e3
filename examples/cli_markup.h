/* Writing text into HTML and Markdown, for the rule catalogue and the reports (JSON:
 * json_string of cli.h). */
#ifndef CLI_MARKUP_H
#define CLI_MARKUP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* s with & < > " escaped, for HTML text and attribute values. */
void put_html(FILE *f, const char *s);
/* s in a Markdown table cell: '|' escaped, line ends as spaces. */
void put_markdown(FILE *f, const char *s);
/* The article of a juriconnect id on wetten.overheid.nl. */
#define WETTEN_URL "https://wetten.overheid.nl/"
/* An amount in cents as "1.234,56" (nl) or "1,234.56" (en). */
void fmt_euros(char *buf, size_t size, int64_t cents, int32_t lang);

#endif
