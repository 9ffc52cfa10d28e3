/* Fuzz target: strict ISO-8601 dates. Whatever parses must format back to the same text. */
#include "poortwachter.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char text[64];
	if (size >= sizeof text)
		size = sizeof text - 1;
	memcpy(text, data, size);
	text[size] = '\0';
	int32_t date = 12345;
	int32_t st = poort_date_parse(text, &date);
	if (st != POORT_OK) {
		if (date != 12345 || st > 0 || !poort_status_str(st))
			abort(); /* written on error, or an unknown status */
		return 0;
	}
	char back[POORT_DATE_BUFSIZE];
	int32_t y, m, d, again;
	if (poort_date_format(date, back, sizeof back) != POORT_OK || strcmp(back, text) != 0 ||
	    poort_date_to_ymd(date, &y, &m, &d) != POORT_OK || poort_date_from_ymd(y, m, d, &again) != POORT_OK ||
	    again != date || poort_date_is_workday(date) < 0 || poort_date_weekday(date) < 1)
		abort();
	return 0;
}
