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

#endif
