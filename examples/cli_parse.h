/* Parsers for the command-line tool's option values, kept apart so they can be fuzzed. */
#ifndef CLI_PARSE_H
#define CLI_PARSE_H

#include "poortwachter.h"

/* Each returns POORT_OK or a POORT_ERR_* status; on error nothing is written and
 * *why (when not NULL) points at a static description of the problem. */
int32_t cli_parse_period(const char *s, int32_t *first, int32_t *last, const char **why);
int32_t cli_parse_leave(const char *s, int32_t *first, int32_t *last, int32_t *other_cause,
			const char **why);
/* "ID=DATE": id is copied into id_buf (size bytes). */
int32_t cli_parse_assignment(const char *s, char *id_buf, size_t size, int32_t *date,
			     const char **why);
int32_t cli_parse_loonsanctie(const char *s, int32_t *decision, int32_t *weeks, int32_t *bekorting,
			      const char **why);
/* A whole number min..max. */
int32_t cli_parse_int(const char *s, int32_t min, int32_t max, int32_t *out, const char **why);

/* A decimal with at most `decimals` digits after '.' or ',', scaled: "2300,5" with 2
 * decimals is 230050. Only digits and one separator; 0 ... max. */
int32_t cli_parse_decimal(const char *s, int decimals, int64_t max, int64_t *out, const char **why);
/* "FROM-TO:PCT[:capped]": sick weeks and a percentage (PCT in percent, e.g. 100 or 87.5). */
int32_t cli_parse_cao(const char *s, int32_t *from, int32_t *to, int32_t *percent_bp, int32_t *capped,
		      const char **why);
/* "FIRST:LAST:HOURS": partial work. */
int32_t cli_parse_partial(const char *s, int32_t *first, int32_t *last, int32_t *hours, const char **why);
/* "YYYY-MM": the first and last day of the month. */
int32_t cli_parse_month(const char *s, int32_t *first, int32_t *last, const char **why);

/* "YYYYMMDDTHHMMSSZ" (UTC, 1900-2199): seconds since 1970-01-01T00:00:00Z. */
int32_t cli_parse_dtstamp(const char *s, int64_t *out, const char **why);

#endif
