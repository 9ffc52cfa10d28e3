/* One line per milestone that tells how its due date was derived, in Dutch or English. */
#include "timeline.h"

#include <stdio.h>

/* snprintf into buf at *pos, keeping count of the full length even when it does not fit. */
struct line {
	char *buf;
	size_t size, len;
};

static void put(struct line *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct line *l, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	size_t room = l->len < l->size ? l->size - l->len : 0;
	int n = vsnprintf(room ? l->buf + l->len : NULL, room, fmt, ap);
	va_end(ap);
	if (n > 0)
		l->len += (size_t)n;
}

/* Texts per language: [0] Dutch, [1] English. */
static const char *const T_SICK_DAY[2] = {"ziektedag %d", "sick day %d"};
static const char *const T_INT[2] = {"; %d dagen onderbreking overgeslagen", "; %d interruption days skipped"};
static const char *const T_LEAVE[2] = {"; %d dagen WAZO-verlof overgeslagen", "; %d days of WAZO leave skipped"};
static const char *const T_NO_PA[2] = {" (probleemanalyse nog niet vastgelegd)",
				       " (probleemanalyse not yet recorded)"};
static const char *const T_DEPARTURE[2] = {
	"gemotiveerd afgeweken (art. 5 Regeling procesgang); wettelijke termijn %s",
	"reasoned departure (Regeling procesgang art. 5); statutory term %s"};
static const char *const T_AFTER_PA_DONE[2] = {"%d dagen na de probleemanalyse van %s",
					       "%d days after the probleemanalyse made on %s"};
static const char *const T_AFTER_PA_DEP[2] = {
	"14 dagen na de afwijkende termijn van de probleemanalyse %s (nog niet vastgelegd)",
	"14 days after the departed probleemanalyse term %s (not yet recorded)"};
static const char *const T_REPEAT[4][2] = {
	{"%d dagen na het plan van aanpak van %s", "%d days after the plan van aanpak made on %s"},
	{"%d dagen na de termijn van het plan van aanpak %s", "%d days after the plan van aanpak due date %s"},
	{"%d dagen na de evaluatie van %s", "%d days after the evaluation held on %s"},
	{"%d dagen na de vorige evaluatietermijn %s", "%d days after the previous evaluation due date %s"}};
static const char *const T_WORKDAY[2] = {"eerste werkdag op of na %s, de dag na ziektedag %d",
					 "first workday on or after %s, the day after sick day %d"};
static const char *const T_MOVED[2] = {"; %d dag(en) opgeschoven voor weekend of feestdag (Atw art. 3)",
				       "; moved %d day(s) past a weekend or holiday (Atw art. 3)"};
static const char *const T_BEFORE_END[2] = {"%d dagen voor %s, de dag na ziektedag 728",
					    "%d days before %s, the day after sick day 728"};
static const char *const T_BEFORE_EXT[2] = {
	"%d dagen voor %s, de dag na de vrijwillige verlenging (art. 24 Wet WIA)",
	"%d days before %s, the day after the voluntary extension (WIA art. 24)"};
static const char *const T_EXT_END[2] = {
	"laatste dag van de vrijwillige verlenging door UWV (art. 24 Wet WIA); de 104 weken eindigden op %s",
	"last day of the voluntary extension set by UWV (WIA art. 24); the 104 weeks ended on %s"};
static const char *const T_LS[2] = {"%d weken vanaf %s", "%d weeks from %s"};
static const char *const T_LS_PAUSED[2] = {"; %d dagen WAZO-verlof onderbroken",
					   "; paused for %d days of WAZO leave"};
static const char *const T_LS_BEKORT[2] = {"; eindigt 6 weken na het hersteloordeel van %s",
					   "; ends 6 weeks after the decision of %s that the shortcoming was repaired"};
static const char *const T_EMPLOYMENT[2] = {"laatste dag van het dienstverband", "last day of employment"};
static const char *const T_NA[4][2] = {
	{"", ""},
	{"; niet van toepassing: ziek tot en met %s", "; not applicable: sick only up to %s"},
	{"; niet van toepassing: dienstverband eindigde op %s", "; not applicable: employment ended on %s"},
	{"; niet van toepassing: dienstverband eindigde niet tijdens ziekte",
	 "; not applicable: employment did not end during sickness"}};

static void skipped(struct line *l, const struct poort_entry *m, int lang)
{
	if (m->skipped_int)
		put(l, T_INT[lang], m->skipped_int);
	if (m->skipped_leave)
		put(l, T_LEAVE[lang], m->skipped_leave);
}

int32_t poort_milestone_explain(const poort_timeline *t, size_t i, int32_t lang, char *buf,
				size_t size)
{
	if (!t || (!buf && size))
		return POORT_ERR_NULL;
	if (i >= t->n)
		return POORT_ERR_INDEX;
	if (lang != POORT_LANG_NL && lang != POORT_LANG_EN)
		return POORT_ERR_LANG;
	const struct poort_entry *m = &t->m[i];
	struct line l = {buf, size, 0};
	if (size)
		buf[0] = '\0';
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
	poort_fmt_date(m->anchor, a);
	switch (m->how) {
	case HOW_SICK_DAY:
	case HOW_PLAN_DEFAULT:
		put(&l, T_SICK_DAY[lang], m->n);
		if (m->how == HOW_PLAN_DEFAULT)
			put(&l, "%s", T_NO_PA[lang]);
		skipped(&l, m, lang);
		break;
	case HOW_DEPARTURE:
		poort_fmt_date(m->statutory, b);
		put(&l, T_DEPARTURE[lang], b);
		break;
	case HOW_AFTER_PA_DONE:
		put(&l, T_AFTER_PA_DONE[lang], m->due - m->anchor, a);
		break;
	case HOW_AFTER_PA_DEPARTURE:
		put(&l, T_AFTER_PA_DEP[lang], a);
		break;
	case HOW_REPEAT_PLAN_DONE:
	case HOW_REPEAT_PLAN_DUE:
	case HOW_REPEAT_EVAL_DONE:
	case HOW_REPEAT_EVAL_DUE:
		put(&l, T_REPEAT[m->how - HOW_REPEAT_PLAN_DONE][lang], m->n, a);
		break;
	case HOW_WORKDAY:
		put(&l, T_WORKDAY[lang], a, m->n);
		if (m->statutory)
			put(&l, T_MOVED[lang], m->statutory);
		skipped(&l, m, lang);
		break;
	case HOW_BEFORE_END:
		put(&l, T_BEFORE_END[lang], m->n, a);
		skipped(&l, m, lang);
		break;
	case HOW_BEFORE_EXTENSION_END:
		put(&l, T_BEFORE_EXT[lang], m->n, a);
		break;
	case HOW_EXTENSION_END:
		put(&l, T_EXT_END[lang], a);
		break;
	case HOW_LOONSANCTIE:
		put(&l, T_LS[lang], m->n, a);
		if (t->e.ls_paused)
			put(&l, T_LS_PAUSED[lang], t->e.ls_paused);
		if (t->e.ls_bekorted) {
			poort_fmt_date(t->e.ls_bekorting, b);
			put(&l, T_LS_BEKORT[lang], b);
		}
		break;
	case HOW_EMPLOYMENT_END:
		put(&l, "%s", T_EMPLOYMENT[lang]);
		break;
	}
	if (m->na == NA_RECOVERED || m->na == NA_EMPLOYMENT_ENDED) {
		poort_fmt_date(m->na == NA_RECOVERED ? t->e.last_sick_day : t->e.employment_end, b);
		put(&l, T_NA[m->na][lang], b);
	} else if (m->na == NA_NOT_DURING_SICKNESS) {
		put(&l, "%s", T_NA[m->na][lang]);
	}
	return (int32_t)l.len;
}
