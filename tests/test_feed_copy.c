/* Copies of a previous feed's events: each line written as RFC 5545 has it for its own value
 * and kind, however many events before it had a line of the same form. */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"

#define DTSTAMP 1795420800LL /* 2026-11-23T08:00:00Z */

/* A previous event of case "a": its event part, and the lines after UID and DTSTAMP. */
#define EVENT(part, lines)                                                                          \
	"BEGIN:VEVENT\r\nUID:a." part "@poortwachter.invalid\r\nDTSTAMP:20261101T080000Z\r\n" lines \
	"END:VEVENT\r\n"

/* The feed that keeps case a's events of previous (copies them as they are, rewritten). */
static char *kept(const char *previous)
{
	poort_feed *f = poort_feed_new();
	char *out = NULL;
	assert_int_equal(poort_feed_set_dtstamp(f, DTSTAMP), POORT_OK);
	assert_int_equal(poort_feed_set_previous(f, previous, strlen(previous)), POORT_OK);
	assert_int_equal(poort_feed_keep_case(f, "a"), POORT_OK);
	assert_int_equal(poort_feed_begin(f, NULL, NULL), POORT_OK);
	assert_int_equal(poort_feed_end(f), POORT_OK);
	assert_int_equal(poort_feed_take(f, &out, NULL), POORT_OK);
	poort_feed_free(f);
	return out;
}

/* The same day as a DATE, a UTC time and a floating time; the same text as CATEGORIES (a
 * list: the comma stays) and as SUMMARY (a TEXT: the comma is escaped); SEQUENCE 3 and 30. */
static void lines_of_one_form_stay_apart(void **state)
{
	(void)state;
	static const char previous[] =
		"BEGIN:VCALENDAR\r\nPRODID:-//libpoortwachter//libpoortwachter 0.5.0//NL\r\n"
		EVENT("DATE", "DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260302\r\nSEQUENCE:3\r\n"
			      "SUMMARY:a\\,b\r\nCATEGORIES:a,b\r\n")
		EVENT("UTC", "DTSTART:20260301T080000Z\r\nDTEND:20260302T080000Z\r\nSEQUENCE:30\r\n"
			     "SUMMARY:a\\,b\r\nCATEGORIES:a,b\r\n")
		EVENT("FLOATING", "DTSTART:20260301T080000\r\nDTEND:20260302T080000\r\nSEQUENCE:3\r\n"
				  "SUMMARY:a\\,b\r\nCATEGORIES:a,b\r\n")
		EVENT("AGAIN", "DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260302\r\nSEQUENCE:30\r\n"
			       "SUMMARY:a\\,b\r\nCATEGORIES:a,b\r\n")
		"END:VCALENDAR\r\n";
	char *out = kept(previous);
	const char *blocks[] = {
		EVENT("DATE", "DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260302\r\nSEQUENCE:3\r\n"
			      "SUMMARY:a\\,b\r\nCATEGORIES:a,b\r\n"),
		EVENT("UTC", "DTSTART:20260301T080000Z\r\nDTEND:20260302T080000Z\r\nSEQUENCE:30\r\n"
			     "SUMMARY:a\\,b\r\nCATEGORIES:a,b\r\n"),
		EVENT("FLOATING", "DTSTART:20260301T080000\r\nDTEND:20260302T080000\r\nSEQUENCE:3\r\n"
				  "SUMMARY:a\\,b\r\nCATEGORIES:a,b\r\n"),
		EVENT("AGAIN", "DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260302\r\nSEQUENCE:30\r\n"
			       "SUMMARY:a\\,b\r\nCATEGORIES:a,b\r\n"),
	};
	for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++)
		if (!strstr(out, blocks[i]))
			fail_msg("not copied as it was:\n%s\nin:\n%s", blocks[i], out);
	poort_free(out);
}

/* A copy that differs from its block only in what the library drops (a foreign property, a
 * parameter) or in its line ends: the same lines as the one that needs no rewriting. */
static void rewritten_copy_equals_the_clean_one(void **state)
{
	(void)state;
#define CLEAN_X                                                                           \
	EVENT("X", "DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260302\r\nSEQUENCE:1\r\n" \
		   "SUMMARY:Probleemanalyse\r\nCATEGORIES:Poortwachter,werkgever\r\n")
	static const char clean[] =
		"BEGIN:VCALENDAR\r\nPRODID:-//libpoortwachter//libpoortwachter 0.5.0//NL\r\n" CLEAN_X
		"END:VCALENDAR\r\n";
	static const char foreign[] =
		"BEGIN:VCALENDAR\nPRODID:-//libpoortwachter//libpoortwachter 0.5.0//NL\n"
		"BEGIN:VEVENT\nUID:a.X@poortwachter.invalid\nDTSTAMP:20261101T080000Z\n"
		"DTSTART;VALUE=DATE;X-A=1:20260301\nDTEND;VALUE=DATE:20260302\nSEQUENCE:1\n"
		"ATTENDEE:mailto:x@example.org\nSUMMARY;LANGUAGE=nl:Probleemanalyse\n"
		"CATEGORIES:Poortwachter\nCATEGORIES:werkgever\nEND:VEVENT\nEND:VCALENDAR\n";
	char *a = kept(clean), *b = kept(foreign);
	assert_string_equal(a, b);
	assert_non_null(strstr(a, CLEAN_X));
	poort_free(a);
	poort_free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lines_of_one_form_stay_apart),
		cmocka_unit_test(rewritten_copy_equals_the_clean_one),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
