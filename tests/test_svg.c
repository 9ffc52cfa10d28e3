/* The timeline as an SVG drawing: well-formed, deterministic, complete, on its documented
 * scale, in Dutch and English, and bad input rejected. */
#include "helpers.h"

/* ------------------------------------------------------------------ helpers */

static char *draw(const poort_timeline *t, int32_t lang)
{
	char *svg = NULL;
	size_t len = 0;
	assert_int_equal(poort_timeline_svg(t, lang, &svg, &len), POORT_OK);
	assert_non_null(svg);
	assert_int_equal(len, strlen(svg));
	return svg;
}

static int count(const char *s, const char *what)
{
	int n = 0;
	for (const char *p = strstr(s, what); p; p = strstr(p + 1, what))
		n++;
	return n;
}

static void assert_contains(const char *svg, const char *what)
{
	if (!strstr(svg, what))
		fail_msg("the drawing lacks \"%s\"", what);
}

/* Name characters of a tag or attribute: letters, digits, '-', ':'. */
static const char *name_end(const char *s)
{
	while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
	       *s == '-' || *s == ':')
		s++;
	return s;
}

/* '&' must start one of the five predefined entities; no '<' may stand in text or values. */
static const char *text_problem(const char *s, const char *end)
{
	static const char *const entities[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
	for (; s < end; s++) {
		if (*s == '<')
			return "'<' in text or a value";
		if ((unsigned char)*s < 0x20 && *s != '\n')
			return "a control character";
		if (*s != '&')
			continue;
		int ok = 0;
		for (int k = 0; k < 5; k++)
			ok |= strncmp(s, entities[k], strlen(entities[k])) == 0;
		if (!ok)
			return "'&' that starts no entity";
	}
	return NULL;
}

/* The attributes of a tag up to its '>' or "/>"; *s is left on the '>' or '/'. */
static const char *attributes_problem(const char **s)
{
	const char *p = *s;
	for (;;) {
		while (*p == ' ' || *p == '\n')
			p++;
		if (*p == '>' || (p[0] == '/' && p[1] == '>'))
			break;
		const char *e = name_end(p);
		if (e == p || e[0] != '=' || e[1] != '"')
			return "an attribute without a quoted value";
		const char *close = strchr(e + 2, '"');
		if (!close)
			return "an unterminated attribute value";
		const char *problem = text_problem(e + 2, close);
		if (problem)
			return problem;
		p = close + 1;
	}
	*s = p;
	return NULL;
}

/* A small well-formedness check, independent of the library: one root element, every
 * start tag closed in order, attributes quoted, text escaped. NULL when well-formed. */
static const char *xml_problem(const char *s)
{
	const char *open[64];
	size_t open_len[64];
	int depth = 0, roots = 0;
	while (*s) {
		const char *lt = strchr(s, '<');
		const char *problem = text_problem(s, lt ? lt : s + strlen(s));
		if (problem)
			return problem;
		if (!lt)
			break;
		if (depth == 0 && (roots++ || lt != s))
			return "text or a second element outside the root";
		const char *name = lt[1] == '/' ? lt + 2 : lt + 1, *e = name_end(name);
		if (e == name)
			return "a tag without a name";
		if (lt[1] == '/') {
			if (!depth || open_len[depth - 1] != (size_t)(e - name) ||
			    strncmp(open[depth - 1], name, (size_t)(e - name)) != 0 || *e != '>')
				return "an end tag that does not match";
			depth--;
			s = e + 1;
			continue;
		}
		problem = attributes_problem(&e);
		if (problem)
			return problem;
		if (*e == '>') {
			if (depth == 64)
				return "too deep";
			open[depth] = name;
			open_len[depth++] = (size_t)(name_end(name) - name);
		}
		s = e + (*e == '>' ? 1 : 2);
	}
	return depth ? "an element left open" : NULL;
}

static void assert_well_formed(const char *svg)
{
	const char *problem = xml_problem(svg);
	if (problem)
		fail_msg("not well-formed: %s", problem);
	assert_int_equal(strncmp(svg, "<svg ", 5), 0);
	size_t len = strlen(svg);
	assert_string_equal(svg + len - 7, "</svg>\n");
}

/* XML escaping as the XML specification defines it, for the expected texts. */
static void escape(const char *s, char *out)
{
	for (; *s; s++) {
		const char *e = *s == '&' ? "&amp;" : *s == '<' ? "&lt;" : *s == '>' ? "&gt;"
			      : *s == '"' ? "&quot;" : *s == '\'' ? "&#39;" : NULL;
		if (e) {
			strcpy(out, e);
			out += strlen(e);
		} else {
			*out++ = *s;
		}
	}
	*out = '\0';
}

/* The command-line tool's built-in example: 2026-01-01 to 2026-03-15, fit 21 days, sick
 * again from 2026-04-06; the first steps recorded. */
static poort_case *example(int reversed)
{
	static const char *const periods[2][2] = {{"2026-01-01", "2026-03-15"}, {"2026-04-06", NULL}};
	static const char *const done[4][2] = {
		{"ZIEKMELDING_ARBODIENST", "2026-01-05"}, {"PROBLEEMANALYSE", "2026-02-05"},
		{"PLAN_VAN_AANPAK", "2026-02-18"}, {"EVALUATIE", "2026-04-01"}};
	poort_case *c = poort_case_new();
	if (reversed)
		assert_int_equal(poort_case_set_id(c, "example-0001"), POORT_OK);
	for (int k = 0; k < 2; k++) {
		const char *const *p = periods[reversed ? 1 - k : k];
		assert_int_equal(poort_case_add_period(c, D(p[0]), p[1] ? D(p[1]) : POORT_DATE_NONE),
				 POORT_OK);
	}
	for (int k = 0; k < 4; k++) {
		const char *const *r = done[reversed ? 3 - k : k];
		assert_int_equal(poort_case_record_done(c, r[0], D(r[1])), POORT_OK);
	}
	if (!reversed)
		assert_int_equal(poort_case_set_id(c, "example-0001"), POORT_OK);
	return c;
}

/* A number of the drawing in tenths of a pixel: digits without leading zeros and at most
 * one decimal, never ".0" ("150", "163.5"); *end is left after it. Fails on any other form. */
static int64_t tenths(const char *s, const char **end)
{
	const char *p = s;
	int64_t v = 0;
	if (*p < '0' || *p > '9' || (p[0] == '0' && p[1] >= '0' && p[1] <= '9'))
		fail_msg("not a number of the drawing: %.20s", s);
	for (; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0');
	v *= 10;
	if (*p == '.') {
		if (p[1] < '1' || p[1] > '9' || (p[2] >= '0' && p[2] <= '9'))
			fail_msg("not a number of the drawing: %.20s", s);
		v += p[1] - '0';
		p += 2;
	}
	*end = p;
	return v;
}

/* The number of attribute name of the element that starts at tag, in tenths. */
static int64_t attr(const char *tag, const char *name)
{
	char key[32];
	snprintf(key, sizeof key, " %s=\"", name);
	const char *close = strchr(tag, '>'), *at = strstr(tag, key), *end;
	if (!at || !close || at > close)
		fail_msg("no %s in %.60s", name, tag);
	int64_t v = tenths(at + strlen(key), &end);
	if (*end != '"')
		fail_msg("%s is not a number in %.60s", name, tag);
	return v;
}

/* The documented scale: day `days` after the first of n drawn starts at
 * 150 + 1200 * days / n pixels, written in tenths rounded half up. */
static void assert_at(int64_t got, double days, double n)
{
	double exact = 1500.0 + 12000.0 * days / n, off = (double)got - exact;
	if (off > 0.5 + 1e-9 || off < -0.5 - 1e-9)
		fail_msg("x %lld tenths, expected %.2f", (long long)got, exact);
}

/* The element that starts with open ("<rect x=") and holds what ("ziek 2026-01-01 "). */
static const char *element_with(const char *svg, const char *open, const char *what)
{
	for (const char *p = strstr(svg, open); p; p = strstr(p + 1, open)) {
		const char *nl = strchr(p, '\n'), *hit = strstr(p, what);
		if (hit && (!nl || hit < nl))
			return p;
	}
	fail_msg("no %s with \"%s\"", open, what);
	return NULL;
}

/* The text written inside the band whose <rect> starts at r, "" when none. */
static const char *name_inside(const char *r)
{
	static char name[128];
	const char *next = strstr(r, "</rect>\n") + 8, *close = strchr(next, '>');
	name[0] = '\0';
	if (strncmp(next, "<text x=", 8) == 0 && attr(next, "y") == attr(r, "y") + 150)
		snprintf(name, sizeof name, "%.*s", (int)(strchr(close, '<') - close - 1), close + 1);
	return name;
}

/* Characters of UTF-8 text, the unit of the drawing's width estimate: 0.55 em each. */
static int64_t width_tenths(const char *s, size_t len, int size)
{
	int64_t chars = 0;
	for (size_t i = 0; i < len; i++)
		chars += ((unsigned char)s[i] & 0xC0) != 0x80;
	return chars * size * 55 / 10;
}

/* ---------------------------------------------------------------- the tests */

static void well_formed_and_deterministic(void **state)
{
	(void)state;
	poort_case *c1 = example(0), *c2 = example(1);
	poort_timeline *t1 = compute(c1, "2026-11-23"), *t2 = compute(c2, "2026-11-23");
	for (int32_t lang = POORT_LANG_NL; lang <= POORT_LANG_EN; lang++) {
		char *a = draw(t1, lang), *b = draw(t1, lang), *c = draw(t2, lang);
		assert_well_formed(a);
		assert_string_equal(a, b); /* the same timeline twice */
		assert_string_equal(a, c); /* the same facts given in another order */
		poort_free(a);
		poort_free(b);
		poort_free(c);
	}
	poort_timeline_free(t1);
	poort_timeline_free(t2);
	poort_case_free(c1);
	poort_case_free(c2);
}

/* Every milestone has its marker and label with its due date, and its full title, due date
 * and status as its tooltip; its class is its status. */
static void every_milestone_with_its_date(void **state)
{
	(void)state;
	static const char *const status_nl[7] = {"gepland", "binnenkort", "te laat", "gedaan",
						 "te laat gedaan", "niet van toepassing", "verstreken"};
	poort_case *c = example(0);
	poort_timeline *t = compute(c, "2026-11-23");
	char *svg = draw(t, POORT_LANG_NL);
	size_t n = poort_timeline_count(t);
	assert_true(n >= 20);
	assert_int_equal(count(svg, "<tspan "), (int)n); /* one dated label per milestone */
	for (size_t i = 0; i < n; i++) {
		char due[POORT_DATE_BUFSIZE], title[512], expected[700];
		poort_date_format(poort_milestone_due(t, i), due, sizeof due);
		escape(poort_milestone_title(t, i, POORT_LANG_NL), title);
		int32_t st = poort_milestone_status(t, i);
		snprintf(expected, sizeof expected, "<g class=\"s%d\"><title>%s: uiterlijk %s, %s",
			 (int)st, title, due, status_nl[st]);
		assert_contains(svg, expected);
		snprintf(expected, sizeof expected, "\">%s</tspan>", due);
		assert_contains(svg, expected);
	}
	/* spot checks from the rules: sick day 42 lies before the 21 days fit; the 42nd-week
	 * report is due the day after sick day 294, 21 days later for the days fit:
	 * 2026-01-01 + 294 + 21 days = 2026-11-12, a Thursday */
	assert_contains(svg, "<title>Probleemanalyse en advies van de bedrijfsarts: uiterlijk 2026-02-11, gedaan, gedaan op 2026-02-05</title>");
	assert_contains(svg, "42e-weeksmelding UWV<tspan");
	assert_contains(svg, ">2026-11-12</tspan>");
	assert_contains(svg, "Evaluatie 1<tspan");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/*
 * The scale of poortwachter.h: with N days drawn from the first, a date's line sits at
 * x = 150 + 1200 * (date - first + 0.5) / N, a day's left edge at 150 + 1200 * (date - first) / N,
 * written in tenths of a pixel. The expected values are worked out by hand here.
 */
static void today_line_on_the_scale(void **state)
{
	(void)state;
	/* One period from Thursday 1 January 2026: N = 728 days (to sick day 728, 2027-12-29).
	 * Today 2026-03-01 is day 59: 150 + 1200 * 59.5 / 728 = 248.08 -> 248.1. */
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = compute(c, "2026-03-01");
	char *svg = draw(t, POORT_LANG_NL);
	assert_contains(svg, "<path class=\"t\" d=\"M248.1 66V");
	assert_contains(svg, ">vandaag 2026-03-01</text>");
	/* the probleemanalyse (2026-02-11, day 41): 150 + 1200 * 41.5 / 728 = 218.41 -> 218.4 */
	assert_contains(svg, "<path d=\"M218.4 158m");
	/* week 13 ends on sick day 91 (2026-04-01): its tick at the edge of day 91,
	 * 150 + 1200 * 91 / 728 = 300 */
	assert_contains(svg, "<text class=\"w m\" x=\"300\" y=\"77\">13</text>");
	poort_free(svg);
	poort_timeline_free(t);

	/* A voluntary extension to 2028-06-30 widens the drawing to N = 365 + 365 + 182 = 912
	 * days: 150 + 1200 * 59.5 / 912 = 228.29 -> 228.3 */
	assert_int_equal(poort_case_set_extension(c, D("2028-06-30")), POORT_OK);
	t = compute(c, "2026-03-01");
	svg = draw(t, POORT_LANG_EN);
	assert_contains(svg, "<path class=\"t\" d=\"M228.3 66V");
	assert_contains(svg, ">today 2026-03-01</text>");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* The example's 21 days fit hold the week axis still: week 13 ends on sick day 91, which is
 * 2026-04-22 (74 sick days to 2026-03-15, then 17 from 2026-04-06), so its tick stands at the
 * edge of day 112 of N = 749 (sick day 728 is 2028-01-19): 150 + 1200 * 112 / 749 = 329.44. */
static void week_axis_waits_over_an_interruption(void **state)
{
	(void)state;
	poort_case *c = example(0);
	poort_timeline *t = compute(c, "2026-11-23");
	char *svg = draw(t, POORT_LANG_NL);
	assert_contains(svg, "<text class=\"w m\" x=\"329.4\" y=\"77\">13</text>");
	assert_contains(svg, "onderbreking (hersteld, minder dan 4 weken) 2026-03-16 \xe2\x80\x93 2026-04-05</title>");
	assert_contains(svg, "<title>ziek 2026-01-01 \xe2\x80\x93 2026-03-15</title>");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Year 1 is sick days 1-364, year 2 sick days 365-728 (BW 7:629 lid 1); a loonsanctie of 26
 * weeks runs from E, the day after the wachttijd (WIA art. 25 lid 9): 2027-12-30 + 181 days =
 * 2028-06-28, and the drawing reaches that far: N = 910, today at 150 + 1200 * 59.5 / 910. */
static void wage_regimes(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_loonsanctie(c, D("2027-06-01"), 26, POORT_DATE_NONE), POORT_OK);
	poort_timeline *t = compute(c, "2026-03-01");
	char *svg = draw(t, POORT_LANG_NL);
	assert_contains(svg, "<title>Jaar 1: 70%, ten minste het minimumloon 2026-01-01 \xe2\x80\x93 2026-12-30</title>");
	assert_contains(svg, "<title>Jaar 2: 70% 2026-12-31 \xe2\x80\x93 2027-12-29</title>");
	assert_contains(svg, "<title>Loonsanctie (art. 25 lid 9 Wet WIA) 2027-12-30 \xe2\x80\x93 2028-06-28</title>");
	assert_contains(svg, "<path class=\"t\" d=\"M228.5 66V"); /* 228.46 */
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);

	/* employment ends 2026-08-31: no wage after it, and no year 2 band */
	c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_employment_end(c, D("2026-08-31")), POORT_OK);
	t = compute(c, "2026-03-01");
	svg = draw(t, POORT_LANG_EN);
	assert_contains(svg, "<title>Year 1: 70%, at least the minimum wage 2026-01-01 \xe2\x80\x93 2026-08-31</title>");
	assert_null(strstr(svg, "<title>Year 2: 70% 2"));
	assert_contains(svg, "<g class=\"s5\"><title>"); /* the employer's later steps: n/a */
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* WAZO leave between two periods is leave, not an interruption (WIA art. 23 lid 5); only
 * the days around it that are neither sick nor leave are an interruption. */
static void leave_is_not_an_interruption(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-02-20", "2026-07-06", NULL});
	assert_int_equal(poort_case_add_leave(c, D("2026-03-01"), D("2026-06-30"), 0), POORT_OK);
	poort_timeline *t = compute(c, "2026-08-01");
	char *svg = draw(t, POORT_LANG_NL);
	assert_contains(svg, "<title>WAZO-verlof 2026-03-01 \xe2\x80\x93 2026-06-30</title>");
	assert_contains(svg, "weken) 2026-02-21 \xe2\x80\x93 2026-02-28</title>");
	assert_contains(svg, "weken) 2026-07-01 \xe2\x80\x93 2026-07-05</title>");
	assert_int_equal(count(svg, "<title>onderbreking"), 2);
	assert_well_formed(svg);
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

static void dutch_and_english(void **state)
{
	(void)state;
	poort_case *c = example(0);
	poort_timeline *t = compute(c, "2026-11-23");
	char *nl = draw(t, POORT_LANG_NL), *en = draw(t, POORT_LANG_EN);
	assert_contains(nl, "<title id=\"poort-title-example-0001\">Tijdlijn Wet verbetering poortwachter, casus example-0001</title>");
	assert_contains(nl, ">Ziekteverloop</text>");
	assert_contains(nl, ">Loondoorbetaling</text>");
	assert_contains(nl, ">te laat gedaan</text>");
	assert_contains(en, "<title id=\"poort-title-example-0001\">Wet verbetering poortwachter timeline, case example-0001</title>");
	assert_contains(en, ">Wage continuation</text>");
	assert_contains(en, ">done late</text>");
	assert_contains(en, "<desc id=\"poort-desc-example-0001\">First sick day 2026-01-01");
	assert_null(strstr(nl, "today"));
	assert_null(strstr(en, "vandaag"));
	poort_free(nl);
	poort_free(en);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Nothing outside the drawing is referred to, all text is escaped, only the case id names
 * the case. */
static void self_contained_and_escaped(void **state)
{
	(void)state;
	poort_case *c = example(0);
	poort_timeline *t = compute(c, "2026-11-23");
	char *svg = draw(t, POORT_LANG_EN);
	static const char *const forbidden[] = {"<script", "href", "url(", "@import", "<image",
						"<foreignObject", "javascript:", "font-face"};
	for (size_t k = 0; k < sizeof forbidden / sizeof *forbidden; k++)
		assert_null(strstr(svg, forbidden[k]));
	assert_int_equal(count(svg, "http"), 1); /* the SVG namespace name only */
	/* "Bedrijfsarts's probleemanalyse and advice" */
	assert_contains(svg, "<title>Bedrijfsarts&#39;s probleemanalyse and advice: due 2026-02-11");
	assert_null(strchr(svg, '\''));
	poort_free(svg);
	poort_timeline_free(t);
	/* without an id the drawing names no case */
	poort_case *anonymous = case_of((const char *[]){"2026-01-01", NULL});
	t = compute(anonymous, "2026-03-01");
	svg = draw(t, POORT_LANG_NL);
	assert_null(strstr(svg, "casus"));
	assert_contains(svg, "aria-labelledby=\"poort-title poort-desc\"");
	assert_well_formed(svg);
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(anonymous);
	poort_case_free(c);
}

/* A reference date outside the drawing: no line, and the heading says so. */
static void today_outside_the_drawing(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = compute(c, "2025-06-01");
	char *svg = draw(t, POORT_LANG_NL);
	assert_null(strstr(svg, " 66V"));
	assert_contains(svg, "vandaag 2025-06-01 (buiten de tekening)</text>");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* A long extension brings well over a hundred evaluations: the labels keep to at most ten
 * rows, so the drawing stays 184 + 10 * 28 + 58 = 522 pixels high at most. */
static void many_milestones_stay_bounded(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_extension(c, D("2045-12-31")), POORT_OK);
	poort_timeline *t = compute(c, "2030-01-01");
	assert_true(poort_timeline_count(t) > 150);
	char *svg = draw(t, POORT_LANG_NL);
	assert_well_formed(svg);
	assert_contains(svg, "height=\"522\" viewBox=\"0 0 1400 522\"");
	assert_int_equal(count(svg, "<tspan "), (int)poort_timeline_count(t));
	for (size_t i = 0; i < poort_timeline_count(t); i++) {
		char label[64];
		int32_t k = poort_milestone_occurrence(t, i);
		snprintf(label, sizeof label, ">Evaluatie %d<tspan", (int)k);
		if (k)
			assert_contains(svg, label); /* every evaluation by its number: 1 to over 150 */
	}
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

static void bad_language_and_null(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = compute(c, "2026-03-01");
	char sentinel = 0, *out = &sentinel;
	size_t len = 12345;
	assert_int_equal(poort_timeline_svg(t, 2, &out, &len), POORT_ERR_LANG);
	assert_int_equal(poort_timeline_svg(t, -1, &out, &len), POORT_ERR_LANG);
	assert_ptr_equal(out, &sentinel); /* nothing written on error */
	assert_int_equal(len, 12345);
	assert_int_equal(poort_timeline_svg(NULL, POORT_LANG_NL, &out, &len), POORT_ERR_NULL);
	assert_int_equal(poort_timeline_svg(t, POORT_LANG_NL, NULL, &len), POORT_ERR_NULL);
	assert_int_equal(poort_timeline_svg(NULL, 7, NULL, NULL), POORT_ERR_NULL);
	assert_ptr_equal(out, &sentinel);
	/* len may be NULL */
	assert_int_equal(poort_timeline_svg(t, POORT_LANG_NL, &out, NULL), POORT_OK);
	assert_well_formed(out);
	poort_free(out);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Weeks of sickness on one period from 2026-01-01 (N = 728 days): week k ends on sick day 7k,
 * so its tick stands at 150 + 1200 * 7k / 728; a tick every 4 weeks, longer where the week
 * is also a 13th (52, 104), and a number over every 13th week. */
static void week_axis_every_4_weeks_numbered_every_13(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = compute(c, "2026-03-01");
	char *svg = draw(t, POORT_LANG_NL);
	const char *p = strstr(svg, "<path class=\"a\" d=\"M150 85h1200");
	assert_non_null(p);
	p += strlen("<path class=\"a\" d=\"M150 85h1200");
	int k = 0;
	for (; *p == 'M'; p += 6) {
		k += 4;
		assert_at(tenths(p + 1, &p), 7 * k, 728);
		assert_int_equal(strncmp(p, k % 13 ? " 85v-3" : " 85v-6", 6), 0);
	}
	assert_int_equal(k, 104);
	assert_int_equal(strncmp(p, "\"/>", 3), 0);
	k = 0;
	for (const char *w = strstr(svg, "<text class=\"w m\""); w;
	     w = strstr(w + 1, "<text class=\"w m\"")) {
		k += 13;
		assert_at(attr(w, "x"), 7 * k, 728);
		assert_int_equal(attr(w, "y"), 770);
		assert_int_equal(atoi(strchr(w, '>') + 1), k);
	}
	assert_int_equal(k, 104);
	/* whole pixels have no decimal, the others one: week 52 at 750, week 68 at 934.62 */
	assert_contains(svg, "M750 85v-6M796.2 85v-3");
	assert_contains(svg, "M934.6 85v-3");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* A band covers its days from the left edge of the first to the right edge of the last. The
 * example: N = 749 days; sick 2026-01-01 to 2026-03-15 (74 days), fit 21 days, sick again
 * from 2026-04-06 to the end of the drawing (the open period has no last day). */
static void bands_cover_their_days(void **state)
{
	(void)state;
	poort_case *c = example(0);
	poort_timeline *t = compute(c, "2026-11-23");
	char *svg = draw(t, POORT_LANG_NL);
	const char *r = element_with(svg, "<rect x=", "<title>ziek 2026-01-01 ");
	assert_at(attr(r, "x"), 0, 749);
	assert_at(attr(r, "x") + attr(r, "width"), 74, 749);
	r = element_with(svg, "<rect x=", "<title>onderbreking");
	assert_at(attr(r, "x"), 74, 749);
	assert_at(attr(r, "x") + attr(r, "width"), 95, 749);
	r = element_with(svg, "<rect x=", "<title>ziek 2026-04-06 ");
	assert_at(attr(r, "x"), 95, 749);
	assert_int_equal(attr(r, "x") + attr(r, "width"), 13500);
	assert_contains(r, "ziek 2026-04-06 \xe2\x80\x93 2028-01-19</title>");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* One fit day between two periods is an interruption of one day, drawn one day wide: sick
 * day 728 is then 2027-12-30, N = 729. */
static void one_fit_day_is_drawn(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-01-10", "2026-01-12", NULL});
	poort_timeline *t = compute(c, "2026-03-01");
	char *svg = draw(t, POORT_LANG_NL);
	const char *r = element_with(svg, "<rect x=", "2026-01-11 \xe2\x80\x93 2026-01-11</title>");
	assert_at(attr(r, "x"), 10, 729);
	assert_at(attr(r, "x") + attr(r, "width"), 11, 729);
	assert_int_equal(count(svg, "<title>onderbreking"), 1);
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* A wage band is named in full when the name fits inside it, else by its short name, else
 * not at all. An extension of 60 days (2027-12-30 to 2028-02-27, N = 788) is 91 pixels wide:
 * room for "Verlenging" only; a loonsanctie of one week (N = 735) is 11 pixels: no name. */
static void wage_band_names_that_fit(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_extension(c, D("2028-02-27")), POORT_OK);
	poort_timeline *t = compute(c, "2026-03-01");
	char *svg = draw(t, POORT_LANG_NL);
	const char *r = element_with(svg, "<rect x=", "<title>Verlenging (art. 24 Wet WIA) 2027-12-30 ");
	assert_at(attr(r, "x"), 728, 788);
	assert_at(attr(r, "x") + attr(r, "width"), 788, 788);
	assert_string_equal(name_inside(r), "Verlenging");
	r = element_with(svg, "<rect x=", "<title>Jaar 1: 70%, ten minste het minimumloon 2026-01-01 ");
	assert_string_equal(name_inside(r), "Jaar 1: 70%, ten minste het minimumloon");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);

	c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_loonsanctie(c, D("2027-06-01"), 1, POORT_DATE_NONE), POORT_OK);
	t = compute(c, "2026-03-01");
	svg = draw(t, POORT_LANG_EN);
	r = element_with(svg, "<rect x=", "<title>Loonsanctie (WIA art. 25(9)) 2027-12-30 ");
	assert_at(attr(r, "x") + attr(r, "width"), 735, 735);
	assert_string_equal(name_inside(r), "");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* The reference date is drawn on the first and the last day drawn (sick day 728,
 * 2027-12-29), its line down over the milestones' labels to 10 pixels above the legend, and
 * said to be outside the drawing the day before and the day after. */
static void today_on_the_edges_of_the_drawing(void **state)
{
	(void)state;
	static const struct {
		const char *today;
		double day; /* of the drawing; -1 outside */
	} cases[] = {{"2025-12-31", -1}, {"2026-01-01", 0}, {"2027-12-29", 727}, {"2027-12-30", -1}};
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		poort_timeline *t = compute(c, cases[k].today);
		char *svg = draw(t, POORT_LANG_NL);
		char said[64];
		snprintf(said, sizeof said, "vandaag %s (buiten de tekening)</text>", cases[k].today);
		if (cases[k].day < 0) {
			assert_contains(svg, said);
			assert_null(strstr(svg, " 66V")); /* no line over the lanes */
		} else {
			assert_null(strstr(svg, "buiten de tekening"));
			const char *line = element_with(svg, "<path class=\"t\" d=\"M", " 66V"), *end;
			assert_at(tenths(line + strlen("<path class=\"t\" d=\"M"), &end),
				  cases[k].day + 0.5, 728);
			/* down to 10 pixels above the legend's 58 */
			assert_int_equal(tenths(end + 4, &end), attr(svg, "height") - 580 - 100);
		}
		poort_free(svg);
		poort_timeline_free(t);
	}
	poort_case_free(c);
}

/* The description a screen reader gives names every period: closed ones with both days,
 * the open one from its first day, and the interruption between them. */
static void description_names_every_period(void **state)
{
	(void)state;
	poort_case *c = example(0);
	poort_timeline *t = compute(c, "2026-11-23");
	char *svg = draw(t, POORT_LANG_NL);
	assert_contains(svg, "vandaag 2026-11-23. ziek 2026-01-01 \xe2\x80\x93 2026-03-15. "
			     "onderbreking (hersteld, minder dan 4 weken) 2026-03-16 \xe2\x80\x93 "
			     "2026-04-05. ziek vanaf 2026-04-06. Mijlpalen: ");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* The legend's swatch at entry has the colour of the band named name in the lanes. */
static void assert_same_fill(const char *entry, const char *svg, const char *name)
{
	char title[160];
	snprintf(title, sizeof title, "<title>%s 2", name);
	const char *band = element_with(svg, "<rect x=", title);
	const char *a = strstr(entry, " fill=\""), *b = strstr(band, " fill=\"");
	assert_int_equal(strncmp(a, b, strlen(" fill=\"#123456\"")), 0);
}

/* The next legend entry after *p: its symbol's centre and its text's x, in tenths; the
 * name is copied to name. The swatch of a band is 16 pixels wide, a marker or the dashed
 * line is drawn from its centre; each symbol's middle is 4 pixels above its name's
 * baseline. Returns 0 past the last entry. */
static int legend_next(const char **p, int64_t *centre, int64_t *text_x, int64_t *baseline,
		       char name[128])
{
	const char *e = *p, *end;
	int64_t middle; /* of the symbol, up and down */
	if (strncmp(e, "<rect x=", 8) == 0) {
		*centre = attr(e, "x") + 80;
		middle = attr(e, "y") + attr(e, "height") / 2;
	} else if (strncmp(e, "<g class=\"s", 11) == 0 || strncmp(e, "<path class=\"t\" d=\"M", 20) == 0) {
		*centre = tenths(strstr(e, "d=\"M") + 4, &end);
		middle = tenths(end + 1, &end);
		middle += *end == 'v' ? atoi(end + 1) * 10 / 2 : 0; /* the dashed line's length */
	} else {
		return 0;
	}
	const char *text = strstr(e, "<text x="), *close = strchr(text, '>');
	assert_int_equal(middle, attr(text, "y") - 40); /* the middle of the lower-case letters */
	*text_x = attr(text, "x");
	*baseline = attr(text, "y");
	snprintf(name, 128, "%.*s", (int)(strchr(close, '<') - close - 1), close + 1);
	*p = strchr(text, '\n') + 1;
	return 1;
}

/* The legend: the seven colours of the lanes (sick, interruption, leave, then the wage
 * regimes in their legal order: year 1, year 2, extension, loonsanctie, by their names in
 * the lanes), then the seven statuses in the order of their codes with their names, then
 * the reference line. Each symbol stands 14 pixels left of its name, and an entry follows
 * the previous one's name (its width estimated at 0.55 em a character) after 14 pixels;
 * both rows start at 40, on baselines 42 and 18 pixels above the bottom of the drawing. */
static void legend_in_order_and_aligned(void **state)
{
	(void)state;
	static const char *const bands[7] = {"sick", "interruption", "WAZO leave", "Year 1",
					     "Year 2", "Extension", "Loonsanctie"};
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_extension(c, D("2028-06-30")), POORT_OK);
	assert_int_equal(poort_case_set_loonsanctie(c, D("2027-06-01"), 10, POORT_DATE_NONE), POORT_OK);
	poort_timeline *t = compute(c, "2026-03-01");
	char *svg = draw(t, POORT_LANG_EN);
	const char *p = strstr(svg, "<rect x=\"40\" y=");
	assert_non_null(p);
	int64_t centre, text_x, baseline, next = 400, height = attr(svg, "height");
	char name[128], expected[64];
	for (int k = 0; k < 15; k++) {
		if (k == 7)
			next = 400;
		const char *entry = p;
		assert_true(legend_next(&p, &centre, &text_x, &baseline, name));
		assert_int_equal(centre, next + 80);
		assert_int_equal(text_x, centre + 140);
		assert_int_equal(baseline, height - (k < 7 ? 420 : 180)); /* two rows at the bottom */
		next = text_x + width_tenths(name, strlen(name), 11) + 140;
		if (k < 7) {
			assert_int_equal(strncmp(name, bands[k], strlen(bands[k])), 0);
			if (k == 0 || k >= 3) /* the colour and full name of the lane's band */
				assert_same_fill(entry, svg, name);
		} else if (k < 14) {
			snprintf(expected, sizeof expected, "%s", poort_status_name(k - 7));
			for (char *u = strchr(expected, '_'); u; u = strchr(u, '_'))
				*u = ' ';
			assert_string_equal(name, expected);
			snprintf(expected, sizeof expected, "<g class=\"s%d\">", k - 7);
			assert_int_equal(strncmp(entry, expected, strlen(expected)), 0);
		} else {
			assert_string_equal(name, "today");
			assert_int_equal(strncmp(entry, "<path class=\"t\" d=", 18), 0); /* dashed */
		}
	}
	assert_false(legend_next(&p, &centre, &text_x, &baseline, name));
	assert_string_equal(p, "</svg>\n");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* One period from first, an extension to its last day and an employment end when given. */
static poort_timeline *one_period_on(const char *first, const char *extension, const char *end,
				     const char *today)
{
	poort_case *c = case_of((const char *[]){first, NULL});
	if (extension)
		assert_int_equal(poort_case_set_extension(c, D(extension)), POORT_OK);
	if (end)
		assert_int_equal(poort_case_set_employment_end(c, D(end)), POORT_OK);
	poort_timeline *t = compute(c, today);
	poort_case_free(c);
	return t;
}

static poort_timeline *one_period(const char *first, const char *extension, const char *end)
{
	return one_period_on(first, extension, end, "2026-03-01");
}

/* A label starts 4 pixels right of its marker's pole, unless it would then pass the right
 * margin (1392 pixels, its width estimated at 0.55 em a character): then it ends 4 pixels
 * left of it. The pole runs from the marker line (y = 158) to 2 pixels under the label's
 * date. Returns the number of labels that end at their pole. */
static int assert_labels_at_poles(const char *svg, size_t n)
{
	const char *poles = strstr(svg, "<path class=\"p\" d=\"M"), *end;
	assert_non_null(poles);
	poles += strlen("<path class=\"p\" d=\"");
	int ending = 0;
	for (const char *m = strstr(svg, "<g class=\"s"); n--; m = strstr(m + 1, "<g class=\"s")) {
		int64_t pole = tenths(strstr(m, "<path d=\"M") + strlen("<path d=\"M"), &end);
		const char *text = strstr(m, "<text class=\"l"), *close = strchr(text, '>');
		int64_t w = width_tenths(close + 1, (size_t)(strstr(close, "<tspan") - close - 1), 11);
		int at_end = strncmp(text, "<text class=\"l e\"", 17) == 0;
		assert_int_equal(attr(text, "x"), at_end ? pole - 40 : pole + 40);
		assert_int_equal(pole + 40 + w > 13920, at_end);
		assert_int_equal(*poles, 'M');
		assert_int_equal(tenths(poles + 1, &poles), pole);
		assert_int_equal(strncmp(poles, " 158V", 5), 0);
		assert_int_equal(tenths(poles + 5, &poles), attr(text, "y") + 12 * 10 + 20);
		ending += at_end;
	}
	assert_string_equal(strchr(poles, '\n'), strstr(svg, "\"/>\n<g class=\"s") + 3);
	return ending;
}

/* On one period from 2026-01-01 the last milestone, the end of the wachttijd on the last day
 * drawn, ends at its pole. With the extensions below, a label started at its pole would end
 * exactly on the margin (from 2025-04-22) or 0.1 pixel past it (from 2021-09-30). */
static void labels_keep_inside_the_right_margin(void **state)
{
	(void)state;
	poort_timeline *t = one_period("2026-01-01", NULL, NULL);
	char *svg = draw(t, POORT_LANG_EN);
	assert_int_equal(assert_labels_at_poles(svg, poort_timeline_count(t)), 1);
	assert_contains(svg, "<text class=\"l e\" x=\"1345.2\" y=\"184\">End of wachttijd<tspan");
	poort_free(svg);
	poort_timeline_free(t);
	static const char *const extended[2][2] = {{"2025-04-22", "2030-06-02"},
						   {"2021-09-30", "2026-11-12"}};
	for (int k = 0; k < 2; k++) {
		t = one_period(extended[k][0], extended[k][1], NULL);
		svg = draw(t, POORT_LANG_EN);
		assert_true(assert_labels_at_poles(svg, poort_timeline_count(t)) >= 1);
		poort_free(svg);
		poort_timeline_free(t);
	}
}

/* The lanes under the week axis (y = 85): sick periods from 3 pixels below it, the wage
 * regimes one lane further; lanes are 22 pixels high and 28 apart, as the label rows are,
 * and each is named 4 pixels under its middle, as the milestones are under their line. */
static void lanes_under_the_axis(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	poort_timeline *t = compute(c, "2026-03-01");
	char *svg = draw(t, POORT_LANG_EN);
	const char *sick = element_with(svg, "<rect x=", "<title>sick 2026-01-01 ");
	const char *wage = element_with(svg, "<rect x=", "<title>Year 1: ");
	assert_int_equal(attr(sick, "y"), 880);
	assert_int_equal(attr(wage, "y"), attr(sick, "y") + 280);
	assert_int_equal(attr(sick, "height"), 220);
	assert_int_equal(attr(wage, "height"), 220);
	assert_int_equal(attr(element_with(svg, "<text class=\"e\"", ">Sickness<"), "y"),
			 attr(sick, "y") + 150);
	assert_int_equal(attr(element_with(svg, "<text class=\"e\"", ">Wage continuation<"), "y"),
			 attr(wage, "y") + 150);
	assert_contains(svg, "<path class=\"a\" d=\"M150 158h1200\"/>"); /* the markers' line */
	assert_int_equal(count(svg, "<text class=\"e\" x=\"140\" y="), 4); /* names end 10 px left */
	assert_int_equal(attr(element_with(svg, "<text class=\"e\"", ">Milestones<"), "y"), 1580 + 40);
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* A case id of one character still names the title and description it labels. */
static void one_character_case_id(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_id(c, "7"), POORT_OK);
	poort_timeline *t = compute(c, "2026-03-01");
	char *svg = draw(t, POORT_LANG_NL);
	assert_contains(svg, "aria-labelledby=\"poort-title-7 poort-desc-7\"");
	assert_contains(svg, "<title id=\"poort-title-7\">Tijdlijn Wet verbetering poortwachter, casus 7</title>");
	assert_contains(svg, "<desc id=\"poort-desc-7\">");
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Labels go in date order into staggered rows 28 pixels apart from y = 184: each in the
 * first row whose last label ends at least 6 pixels left of it (widths estimated at 0.55 em
 * a character), when none of the ten rows is free in the row that ends furthest left (the
 * first of equals). The drawing is as high as the rows used, and 58 pixels for the legend. */
static void assert_rows_staggered(const char *svg)
{
	int64_t row_end[10] = {0};
	int rows = 0;
	for (const char *m = strstr(svg, "<text class=\"l"); m; m = strstr(m + 1, "<text class=\"l")) {
		const char *close = strchr(m, '>');
		int64_t w = width_tenths(close + 1, (size_t)(strstr(close, "<tspan") - close - 1), 11);
		int64_t x = attr(m, "x"), y = attr(m, "y");
		int at_end = strncmp(m, "<text class=\"l e\"", 17) == 0;
		int64_t left = at_end ? x - w : x, right = at_end ? x : x + w;
		int row = 0, best = 0;
		while (row < 10 && row_end[row] + 60 > left) {
			best = row_end[row] < row_end[best] ? row : best;
			row++;
		}
		row = row < 10 ? row : best;
		if (y != 1840 + 280 * row)
			fail_msg("label at x %lld on y %lld, expected row %d", (long long)x, (long long)y, row);
		row_end[row] = right > row_end[row] ? right : row_end[row];
		rows = row + 1 > rows ? row + 1 : rows;
	}
	char size[64];
	snprintf(size, sizeof size, "height=\"%d\" viewBox=\"0 0 1400 %d\"", 184 + 28 * rows + 58,
		 184 + 28 * rows + 58);
	assert_contains(svg, size);
}

/* Staggered label rows: on one period from 2024-01-01 with an extension of 75 days, a label
 * of the fifth row starts 5.9 pixels after the label of the second: too close to share it;
 * from 2020-05-26 with employment ending 2021-10-01 one starts exactly 6 pixels after one.
 * Long extensions fill all ten rows; from 2028-01-11 to 2041-02-13 the first two rows once
 * end at the same x when the next label finds no free row. From 2021-09-30 to 2026-11-12
 * nine rows are used. */
static void labels_in_the_first_free_row(void **state)
{
	(void)state;
	static const struct {
		const char *first, *extension, *end;
		int32_t lang;
	} cases[] = {{"2024-01-01", "2026-03-13", NULL, POORT_LANG_EN},
		     {"2020-05-26", NULL, "2021-10-01", POORT_LANG_EN},
		     {"2024-01-01", "2045-12-31", NULL, POORT_LANG_EN},
		     {"2028-01-11", "2041-02-13", NULL, POORT_LANG_NL},
		     {"2021-09-30", "2026-11-12", NULL, POORT_LANG_EN}};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		poort_timeline *t = one_period(cases[k].first, cases[k].extension, cases[k].end);
		char *svg = draw(t, cases[k].lang);
		assert_rows_staggered(svg);
		poort_free(svg);
		poort_timeline_free(t);
	}
}

/* The reference date's label "today YYYY-MM-DD" is centred on its line, unless its right
 * half (0.55 em a character) would pass 1396 pixels: then it ends at the line. The cases put
 * that half's end 0.3 pixel past, exactly on and 0.1 pixel short of 1396. */
static void today_label_inside_the_margin(void **state)
{
	(void)state;
	static const struct {
		const char *first, *extension, *today;
		int32_t lang;
	} cases[] = {{"2026-01-01", NULL, "2026-03-01", POORT_LANG_EN},
		     {"2021-07-04", "2023-11-08", "2023-11-07", POORT_LANG_EN},
		     {"2027-10-21", "2033-11-03", "2033-10-19", POORT_LANG_NL},
		     {"2021-04-27", "2025-10-31", "2025-10-28", POORT_LANG_EN}};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		poort_timeline *t = one_period_on(cases[k].first, cases[k].extension, NULL,
						  cases[k].today);
		char *svg = draw(t, cases[k].lang);
		const char *line = element_with(svg, "<path class=\"t\" d=\"M", " 66V"), *end;
		int64_t at = tenths(line + strlen("<path class=\"t\" d=\"M"), &end);
		const char *label = strstr(line, "\n<text class=\"") + 1, *close = strchr(label, '>');
		int64_t half = width_tenths(close + 1, (size_t)(strchr(close, '<') - close - 1), 11) / 2;
		assert_int_equal(attr(label, "x"), at);
		assert_int_equal(strncmp(label, at + half > 13960 ? "<text class=\"e\"" : "<text class=\"m\"",
					 15), 0);
		poort_free(svg);
		poort_timeline_free(t);
	}
}

/* A leave that lies in an earlier gap leaves a later gap whole, and a fit day taken as leave
 * is no interruption, on the first day of a gap as on the last: sick to 2026-02-20, leave
 * 2026-02-21 and 2026-03-01 to 2026-06-30, sick 2026-07-06 to 2026-08-31, leave 2026-09-09,
 * sick again from 2026-09-10. */
static void leave_in_an_earlier_gap(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-02-20", "2026-07-06:2026-08-31",
						 "2026-09-10", NULL});
	assert_int_equal(poort_case_add_leave(c, D("2026-02-21"), D("2026-02-21"), 0), POORT_OK);
	assert_int_equal(poort_case_add_leave(c, D("2026-03-01"), D("2026-06-30"), 0), POORT_OK);
	assert_int_equal(poort_case_add_leave(c, D("2026-09-09"), D("2026-09-09"), 0), POORT_OK);
	poort_timeline *t = compute(c, "2026-10-01");
	char *svg = draw(t, POORT_LANG_NL);
	assert_contains(svg, "weken) 2026-02-22 \xe2\x80\x93 2026-02-28</title>");
	assert_contains(svg, "weken) 2026-07-01 \xe2\x80\x93 2026-07-05</title>");
	assert_contains(svg, "weken) 2026-09-01 \xe2\x80\x93 2026-09-08</title>");
	assert_int_equal(count(svg, "<title>onderbreking"), 3);
	assert_contains(svg, "<title>WAZO-verlof 2026-02-21 \xe2\x80\x93 2026-02-21</title>");
	assert_contains(svg, " WAZO-verlof 2026-02-21 \xe2\x80\x93 2026-02-21. WAZO-verlof 2026-03-01 "
			     "\xe2\x80\x93 2026-06-30. WAZO-verlof 2026-09-09 \xe2\x80\x93 2026-09-09. "
			     "Mijlpalen:"); /* the description */
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* A voluntary extension to 2028-06-30 followed by a loonsanctie: the extension's band ends
 * the day before the loonsanctie's begins (WIA art. 24, art. 25 lid 9). */
static void extension_then_loonsanctie(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_extension(c, D("2028-06-30")), POORT_OK);
	assert_int_equal(poort_case_set_loonsanctie(c, D("2027-06-01"), 10, POORT_DATE_NONE), POORT_OK);
	poort_timeline *t = compute(c, "2026-03-01");
	char *svg = draw(t, POORT_LANG_EN);
	const char *ext = element_with(svg, "<rect x=", "<title>Extension (WIA art. 24) 2027-12-30 ");
	const char *ls = element_with(svg, "<rect x=", "<title>Loonsanctie (WIA art. 25(9)) 2028-07-01 ");
	assert_contains(ext, "2027-12-30 \xe2\x80\x93 2028-06-30</title>");
	assert_int_equal(attr(ext, "x") + attr(ext, "width"), attr(ls, "x"));
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* Each wage band is named inside, 4 pixels from its edges, in full when that fits, else by
 * its short name (the full name up to ":" or " ("), else not at all. Widths are estimated at
 * 0.55 em a character. Returns the number of bands. */
static int assert_wage_band_names(const char *svg)
{
	int bands = 0;
	for (const char *r = strstr(svg, "<rect x="); r; r = strstr(r + 1, "<rect x=")) {
		if (attr(r, "y") != 1160)
			continue;
		const char *title = strstr(r, "<title>") + 7;
		size_t full = (size_t)(strstr(title, " \xe2\x80\x93 ") - title) - 11;
		size_t brief = strcspn(title, ":(");
		brief -= title[brief] == '(';
		int64_t width = attr(r, "width"), w_full = width_tenths(title, full, 11);
		char expected[128] = "";
		if (w_full + 80 <= width)
			snprintf(expected, sizeof expected, "%.*s", (int)full, title);
		else if (width_tenths(title, brief, 11) + 80 <= width)
			snprintf(expected, sizeof expected, "%.*s", (int)brief, title);
		assert_string_equal(name_inside(r), expected);
		if (expected[0])
			assert_int_equal(attr(strstr(r, "</rect>\n") + 8, "x"), attr(r, "x") + 40);
		bands++;
	}
	return bands;
}

/* The cases put a band's width exactly 8 pixels more than its full name's (2023-10-30 to
 * 2028-11-07) and one tenth of a pixel less than that for its short name (2028-02-06 to
 * 2033-01-01). */
static void wage_band_names_on_the_edge(void **state)
{
	(void)state;
	static const struct {
		const char *first, *extension;
		int32_t lang;
	} cases[] = {{"2023-10-30", "2028-11-07", POORT_LANG_EN},
		     {"2028-02-06", "2033-01-01", POORT_LANG_NL},
		     {"2026-01-01", "2028-02-27", POORT_LANG_NL}};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		poort_timeline *t = one_period(cases[k].first, cases[k].extension, NULL);
		char *svg = draw(t, cases[k].lang);
		assert_int_equal(assert_wage_band_names(svg), 3);
		poort_free(svg);
		poort_timeline_free(t);
	}
}

/* A closed case: wage is owed while the employee is sick (BW 7:629 lid 1), so the wage lane
 * ends with the last sick day, 2026-06-30, and holds no year 2. */
static void wage_ends_with_a_closed_case(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01:2026-06-30", NULL});
	poort_timeline *t = compute(c, "2026-03-01");
	char *svg = draw(t, POORT_LANG_EN);
	assert_contains(svg, "<title>Year 1: 70%, at least the minimum wage 2026-01-01 \xe2\x80\x93 2026-06-30</title>");
	assert_null(strstr(svg, "<title>Year 2"));
	assert_int_equal(assert_wage_band_names(svg), 1);
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

/* A reasoned departure (Regeling procesgang art. 5) can put a milestone past the end of the
 * wage obligation: the drawing widens to its day, so the latest marker sits in the middle of
 * the last day drawn, N = latest due - 2026-01-01 + 1 days. */
static void a_late_milestone_widens_the_drawing(void **state)
{
	(void)state;
	poort_case *c = case_of((const char *[]){"2026-01-01", NULL});
	assert_int_equal(poort_case_set_departure(c, "PROBLEEMANALYSE", D("2029-01-01")), POORT_OK);
	poort_timeline *t = compute(c, "2026-03-01");
	int32_t latest = D("2029-01-01");
	for (size_t i = 0; i < poort_timeline_count(t); i++)
		latest = poort_milestone_due(t, i) > latest ? poort_milestone_due(t, i) : latest;
	char *svg = draw(t, POORT_LANG_NL);
	int64_t right = 0;
	for (const char *m = strstr(svg, " 158m"); m; m = strstr(m + 1, " 158m")) {
		const char *x = m;
		while (x[-1] != 'M')
			x--;
		const char *end;
		int64_t at = tenths(x, &end);
		right = at > right ? at : right;
	}
	double n = latest - D("2026-01-01") + 1;
	assert_at(right, n - 0.5, n);
	poort_free(svg);
	poort_timeline_free(t);
	poort_case_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(well_formed_and_deterministic),
		cmocka_unit_test(every_milestone_with_its_date),
		cmocka_unit_test(today_line_on_the_scale),
		cmocka_unit_test(week_axis_waits_over_an_interruption),
		cmocka_unit_test(wage_regimes),
		cmocka_unit_test(leave_is_not_an_interruption),
		cmocka_unit_test(dutch_and_english),
		cmocka_unit_test(self_contained_and_escaped),
		cmocka_unit_test(today_outside_the_drawing),
		cmocka_unit_test(many_milestones_stay_bounded),
		cmocka_unit_test(bad_language_and_null),
		cmocka_unit_test(week_axis_every_4_weeks_numbered_every_13),
		cmocka_unit_test(bands_cover_their_days),
		cmocka_unit_test(one_fit_day_is_drawn),
		cmocka_unit_test(wage_band_names_that_fit),
		cmocka_unit_test(today_on_the_edges_of_the_drawing),
		cmocka_unit_test(description_names_every_period),
		cmocka_unit_test(legend_in_order_and_aligned),
		cmocka_unit_test(labels_keep_inside_the_right_margin),
		cmocka_unit_test(lanes_under_the_axis),
		cmocka_unit_test(one_character_case_id),
		cmocka_unit_test(labels_in_the_first_free_row),
		cmocka_unit_test(today_label_inside_the_margin),
		cmocka_unit_test(leave_in_an_earlier_gap),
		cmocka_unit_test(extension_then_loonsanctie),
		cmocka_unit_test(wage_band_names_on_the_edge),
		cmocka_unit_test(wage_ends_with_a_closed_case),
		cmocka_unit_test(a_late_milestone_widens_the_drawing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
