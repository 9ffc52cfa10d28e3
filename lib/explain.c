/* One line that tells how a milestone's due date or a wage segment's amount was derived,
 * in Dutch or English. */
#include "law.h"
#include "timeline.h"
#include "wage.h"

#include <stdio.h>
#include <string.h>

/* Where a line goes: the caller's buffer with snprintf semantics (len counts the full
 * length even when it does not fit), or the end of a growing buffer when out is set. */
struct line {
	char *buf;
	size_t size, len;
	struct poort_buf *out;
};

static void put(struct line *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct line *l, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (l->out) {
		poort_buf_vprintf(l->out, fmt, ap);
	} else {
		size_t room = l->len < l->size ? l->size - l->len : 0;
		int n = vsnprintf(room ? l->buf + l->len : NULL, room, fmt, ap);
		if (n > 0)
			l->len += (size_t)n;
	}
	va_end(ap);
}

/* The checks of every explain function; on success l is ready to write into buf. */
static int32_t begin_line(const void *obj, size_t i, size_t n, int32_t lang, char *buf, size_t size,
			  struct line *l)
{
	if (!obj || (!buf && size))
		return POORT_ERR_NULL;
	if (i >= n)
		return POORT_ERR_INDEX;
	if (!poort_lang_ok(lang))
		return POORT_ERR_LANG;
	*l = (struct line){buf, size, 0, NULL};
	if (size)
		buf[0] = '\0';
	return POORT_OK;
}

/* Texts per language: [0] Dutch, [1] English. */
static const char *const T_SICK_DAY[2] = {"ziektedag %d", "sick day %d"};
static const char *const T_INT[2] = {"; %d dagen onderbreking overgeslagen", "; %d interruption days skipped"};
static const char *const T_LEAVE[2] = {"; %d dagen WAZO-verlof overgeslagen", "; %d days of WAZO leave skipped"};
static const char *const T_FALLBACK[2] = {" (probleemanalyse nog niet vastgelegd)",
				       " (probleemanalyse not yet recorded)"};
static const char *const T_DEPARTURE[2] = {
	"gemotiveerd afgeweken (" CITE_RP_5_NL "); wettelijke termijn %s",
	"reasoned departure (" CITE_RP_5_EN "); statutory term %s"};
static const char *const T_AFTER_DONE[2] = {"%d dagen na de probleemanalyse van %s",
					       "%d days after the probleemanalyse made on %s"};
static const char *const T_AFTER_DEPARTURE[2] = {
	"%d dagen na de afwijkende termijn van de probleemanalyse %s (nog niet vastgelegd)",
	"%d days after the departed probleemanalyse term %s (not yet recorded)"};
static const char *const T_REPEAT[4][2] = {
	{"%d dagen na het plan van aanpak van %s", "%d days after the plan van aanpak made on %s"},
	{"%d dagen na de termijn van het plan van aanpak %s", "%d days after the plan van aanpak due date %s"},
	{"%d dagen na de evaluatie van %s", "%d days after the evaluation held on %s"},
	{"%d dagen na de vorige evaluatietermijn %s", "%d days after the previous evaluation due date %s"}};
static const char *const T_DAY_AFTER[2] = {"de dag na ziektedag %d", "the day after sick day %d"};

static const char *const T_BEFORE_END[2] = {"%d dagen voor %s, de dag na ziektedag %d",
					    "%d days before %s, the day after sick day %d"};
static const char *const T_BEFORE_EXT[2] = {
	"%d dagen voor %s, de dag na de vrijwillige verlenging (" CITE_WIA_24_NL ")",
	"%d days before %s, the day after the voluntary extension (" CITE_WIA_24_EN ")"};
static const char *const T_EXT_END[2] = {
	"laatste dag van de vrijwillige verlenging door UWV (" CITE_WIA_24_NL "); de %d weken eindigden op %s",
	"last day of the voluntary extension set by UWV (" CITE_WIA_24_EN "); the %d weeks ended on %s"};
static const char *const T_LS[2] = {"%d weken vanaf %s", "%d weeks from %s"};
static const char *const T_LS_PAUSED[2] = {"; %d dagen WAZO-verlof onderbroken",
					   "; paused for %d days of WAZO leave"};
static const char *const T_LS_BEKORT[2] = {"; eindigt %d weken na het hersteloordeel van %s",
					   "; ends %d weeks after the decision of %s that the shortcoming was repaired"};
static const char *const T_LS_LATE[2] = {
	"; %d dagen eerder: UWV besliste na de uiterste dag %s (" CITE_WIA_25_10_14_NL ")",
	"; %d days earlier: UWV decided after its last day %s (" CITE_WIA_25_10_14_EN ")"};
static const char *const T_WIA_LATE[2] = {
	"; de loondoorbetaling loopt %d dagen langer, tot en met %s: de WIA-aanvraag was te laat ("
	CITE_BW_629_11A_NL ")",
	"; the wage obligation runs %d days longer, up to %s: the WIA application was late ("
	CITE_BW_629_11A_EN ")"};
static const char *const T_EMPLOYMENT[2] = {"laatste dag van het dienstverband", "last day of employment"};
static const char *const T_NA[][2] = {
	[NA_NONE] = {"", ""},
	[NA_RECOVERED] = {"; niet van toepassing: ziek tot en met %s", "; not applicable: sick only up to %s"},
	[NA_EMPLOYMENT_ENDED] = {"; niet van toepassing: dienstverband eindigde op %s",
				 "; not applicable: employment ended on %s"},
	[NA_NOT_DURING_SICKNESS] = {"; niet van toepassing: dienstverband eindigde niet tijdens ziekte",
				    "; not applicable: employment did not end during sickness"}};

static void skipped(struct line *l, const struct poort_entry *m, int lang)
{
	if (m->skipped_int)
		put(l, T_INT[lang], m->skipped_int);
	if (m->skipped_leave)
		put(l, T_LEAVE[lang], m->skipped_leave);
}

static void loonsanctie_line(struct line *l, const poort_timeline *t, const struct poort_entry *m,
			     int lang, const char *anchor)
{
	put(l, T_LS[lang], (int)m->n, anchor);
	if (t->e.ls_paused)
		put(l, T_LS_PAUSED[lang], t->e.ls_paused);
	if (t->e.ls_bekorted) {
		char b[POORT_DATE_BUFSIZE];
		poort_fmt_date(t->e.ls_bekorting, b);
		put(l, T_LS_BEKORT[lang], LAW_BEKORTING_DAYS / LAW_WEEK_DAYS, b);
	}
	if (t->e.ls_late) {
		char b[POORT_DATE_BUFSIZE];
		poort_fmt_date(t->e.ls_deadline, b);
		put(l, T_LS_LATE[lang], t->e.ls_late, b);
	}
}

/* Why the milestone does not apply, if it does not. */
static void na_line(struct line *l, const poort_timeline *t, const struct poort_entry *m, int lang)
{
	if (m->na == NA_RECOVERED || m->na == NA_EMPLOYMENT_ENDED) {
		char b[POORT_DATE_BUFSIZE];
		poort_fmt_date(m->na == NA_RECOVERED ? t->e.last_sick_day : t->e.employment_end, b);
		put(l, T_NA[m->na][lang], b);
	} else if (m->na == NA_NOT_DURING_SICKNESS) {
		put(l, "%s", T_NA[m->na][lang]);
	}
}

/* What follows the derivation: the longer wage period of a late WIA application, the row's
 * note in the law's words, and why the milestone does not apply. */
static void after_line(struct line *l, const poort_timeline *t, const struct poort_entry *m, int lang)
{
	if (t->table[m->def].rule.kind == RULE_WAGE_PERIOD_END && t->e.wia_late) {
		char b[POORT_DATE_BUFSIZE];
		poort_fmt_date(t->e.ls_from - 1, b);
		put(l, T_WIA_LATE[lang], t->e.wia_late, b);
	}
	const char *note = t->table[m->def].note[lang];
	if (note)
		put(l, "; %s", note);
	na_line(l, t, m, lang);
}

static void milestone_line(struct line *l, const poort_timeline *t, size_t i, int lang)
{
	const struct poort_entry *m = &t->m[i];
	char a[POORT_DATE_BUFSIZE], b[POORT_DATE_BUFSIZE];
	poort_fmt_date(m->anchor, a);
	switch (m->how) {
	case HOW_SICK_DAY:
	case HOW_AFTER_FALLBACK:
		put(l, T_SICK_DAY[lang], (int)m->n);
		if (m->how == HOW_AFTER_FALLBACK)
			put(l, "%s", T_FALLBACK[lang]);
		skipped(l, m, lang);
		break;
	case HOW_DEPARTURE:
		poort_fmt_date(m->extra, b);
		put(l, T_DEPARTURE[lang], b);
		break;
	case HOW_AFTER_DONE:
		put(l, T_AFTER_DONE[lang], (int)(m->due - m->anchor), a);
		break;
	case HOW_AFTER_DEPARTURE:
		put(l, T_AFTER_DEPARTURE[lang], (int)(m->due - m->anchor), a);
		break;
	case HOW_REPEAT_FIRST_DONE:
	case HOW_REPEAT_FIRST_DUE:
	case HOW_REPEAT_DONE:
	case HOW_REPEAT_DUE:
		put(l, T_REPEAT[m->how - HOW_REPEAT_FIRST_DONE][lang], (int)m->n, a);
		break;
	case HOW_DAY_AFTER:
		put(l, T_DAY_AFTER[lang], (int)m->n);
		skipped(l, m, lang);
		break;
	case HOW_BEFORE_END:
		put(l, T_BEFORE_END[lang], (int)m->n, a, LAW_WACHTTIJD_DAYS);
		skipped(l, m, lang);
		break;
	case HOW_BEFORE_EXTENSION_END:
		put(l, T_BEFORE_EXT[lang], (int)m->n, a);
		break;
	case HOW_EXTENSION_END:
		put(l, T_EXT_END[lang], LAW_WACHTTIJD_WEEKS, a);
		break;
	case HOW_LOONSANCTIE:
		loonsanctie_line(l, t, m, lang, a);
		break;
	case HOW_EMPLOYMENT_END:
		put(l, "%s", T_EMPLOYMENT[lang]);
		break;
	}
	after_line(l, t, m, lang);
}

int32_t poort_milestone_explain(const poort_timeline *t, size_t i, int32_t lang, char *buf,
				size_t size)
{
	struct line l;
	int32_t st = begin_line(t, i, t ? t->n : 0, lang, buf, size, &l);
	if (st != POORT_OK)
		return st;
	milestone_line(&l, t, i, lang);
	return (int32_t)l.len;
}

void poort_milestone_text(const poort_timeline *t, size_t i, int32_t lang, struct poort_buf *b)
{
	struct line l = {.out = b};
	milestone_line(&l, t, i, lang);
}

/* ------------------------------------------------------------------- wage */

/* "€1 949,65": Dutch notation in both languages, as on a payslip. */
static const char *eur(int64_t cents, char buf[40])
{
	char digits[24];
	int64_t euros = cents / 100;
	int n = snprintf(digits, sizeof digits, "%lld", (long long)euros);
	size_t o = 0;
	memcpy(buf, "\xe2\x82\xac", 3); /* € */
	o = 3;
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			buf[o++] = ' ';
		buf[o++] = digits[i];
	}
	snprintf(buf + o, 40 - o, ",%02lld", (long long)(cents % 100));
	return buf;
}

/* A number in hundredths (hours) or basis points / 100 (percent): "32", "32,5", "39,5". */
static const char *hundredths(int32_t v, char buf[24])
{
	if (v % 100 == 0)
		snprintf(buf, 24, "%d", v / 100);
	else if (v % 10 == 0)
		snprintf(buf, 24, "%d,%d", v / 100, (v % 100) / 10);
	else
		snprintf(buf, 24, "%d,%02d", v / 100, v % 100);
	return buf;
}

static const char *const T_REGIME[][2] = {
	[POORT_REGIME_NOT_SICK] = {"niet ziek", "not sick"},
	[POORT_REGIME_WAITING_DAY] = {"wachtdag", "waiting day"},
	[POORT_REGIME_YEAR1] = {"jaar 1", "year 1"},
	[POORT_REGIME_YEAR2] = {"jaar 2", "year 2"},
	[POORT_REGIME_EXTENSION] = {"vrijwillige verlenging", "voluntary extension"},
	[POORT_REGIME_LOONSANCTIE] = {"loonsanctie", "loonsanctie"},
	[POORT_REGIME_AFTER_AOW] = {"na AOW", "after AOW"},
	[POORT_REGIME_ENDED] = {"geen loondoorbetaling", "no wage continuation"}};
static const char *const T_ENDED[][2] = {
	[ENDED_WAGE_END] = {"loondoorbetalingsplicht eindigde op %s", "wage obligation ended on %s"},
	[ENDED_EMPLOYMENT] = {"dienstverband eindigde op %s", "employment ended on %s"},
	[ENDED_EARLIER_CASE] = {"%d weken van een eerder ziektegeval eindigden op %s",
				"%d weeks of an earlier case ended on %s"}};

#define M(field) poort_round_div(s->field, s->den)

/* A paid segment: the statutory amount from the (capped) wage, the minimum wage in year 1,
 * the CAO amount, what is paid, and the hours worked. */
static void paid_line(struct line *l, const struct poort_wage_segment *s, int lang, const char *label)
{
	char a[40], b[40], c[40], h[24], p[24];
	put(l, lang ? "%s: %s%% of " : "%s: %s%% van ", label, hundredths(s->pct_stat, p));
	if (s->flags & POORT_FLAG_CAP)
		put(l, lang ? "%s (Wfsv maximum %s x " LAW_CAP_DAYS_PER_MONTH_TEXT "; wage %s)"
			    : "%s (Wfsv-maximum %s x " LAW_CAP_DAYS_PER_MONTH_TEXT "; loon %s)",
		    eur(M(base_n), a), eur(s->max_day, b), eur(s->wage_m, c));
	else
		put(l, "%s", eur(s->wage_m, a));
	put(l, " = %s", eur(M(stat_n), a));
	if (s->regime == POORT_REGIME_YEAR1 && (s->min_hour || s->min_month)) {
		const char *cmp = s->flags & POORT_FLAG_FLOOR ? "<" : ">=";
		if (s->min_hour)
			put(l, lang ? " %s minimum wage %s for %s h at %s" : " %s minimumloon %s voor %s u à %s",
			    cmp, eur(M(floor_n), a), hundredths(s->hours, h), eur(s->min_hour, b));
		else
			put(l, lang ? " %s minimum wage %s (%s of %s h of %s)" : " %s minimumloon %s (%s van %s u van %s)",
			    cmp, eur(M(floor_n), a), hundredths(s->hours, h), hundredths(s->fulltime, p),
			    eur(s->min_month, b));
	}
	if (s->pct_cao >= 0)
		put(l, "; CAO %s%% = %s", hundredths(s->pct_cao, p), eur(M(cao_n), a));
	put(l, lang ? "; paid %s" : "; betaald %s", eur(M(pay_n), a));
	if (s->worked)
		put(l, lang ? "; %s of %s h worked, paid at %s%%" : "; %s van %s u gewerkt, betaald tegen %s%%",
		    hundredths(s->worked, h), hundredths(s->hours, c), hundredths(s->work_pay, p));
}

#undef M

static void wage_line(struct line *l, const struct poort_wage_segment *s, int lang)
{
	char a[40], d[POORT_DATE_BUFSIZE];
	const char *label = T_REGIME[s->regime][lang];
	switch (s->regime) {
	case POORT_REGIME_NOT_SICK:
		put(l, lang ? "%s: wage %s" : "%s: loon %s", label, eur(s->wage_m, a));
		break;
	case POORT_REGIME_WAITING_DAY:
		put(l, lang ? "%s (" CITE_BW_629_9 "): nothing due" : "%s (" CITE_BW_629_9 "): niets verschuldigd", label);
		break;
	case POORT_REGIME_AFTER_AOW:
		poort_fmt_date(s->reason_date, d);
		if (s->aow_weeks == LAW_AOW_DAYS / LAW_WEEK_DAYS)
			put(l, lang ? "%s: the %d weeks of " CITE_BW_629_2 " ended on %s; nothing due"
				    : "%s: de %d weken van " CITE_BW_629_2 " eindigden op %s; niets verschuldigd",
			    label, s->aow_weeks, d);
		else /* a case that began before 1 July 2023 */
			put(l, lang ? "%s: the %d weeks of " CITE_AOW_VIIIA_4 " (sick before 1 July 2023) "
				      "ended on %s; nothing due"
				    : "%s: de %d weken van " CITE_AOW_VIIIA_4 " (ziek vóór 1 juli 2023) "
				      "eindigden op %s; niets verschuldigd",
			    label, s->aow_weeks, d);
		break;
	case POORT_REGIME_ENDED:
		poort_fmt_date(s->reason_date, d);
		if (s->ended == ENDED_EARLIER_CASE)
			put(l, T_ENDED[s->ended][lang], LAW_WACHTTIJD_WEEKS, d);
		else
			put(l, T_ENDED[s->ended][lang], d);
		put(l, "%s", lang ? "; nothing due" : "; niets verschuldigd");
		break;
	default:
		paid_line(l, s, lang, label);
	}
	if (s->days != s->dim || s->worked)
		put(l, lang ? "; %d/%d days: %s" : "; %d/%d dagen: %s", s->days, s->dim, eur(s->amount, a));
	if (s->flags & POORT_FLAG_STALE)
		put(l, "%s", lang ? "; after the newest table row: the amounts may be stale"
				  : "; na de nieuwste tabelregel: de bedragen kunnen verouderd zijn");
	if (s->flags & POORT_FLAG_PROVISIONAL)
		put(l, "%s", lang ? "; a table row derived per the statutory recipe, not found published"
				  : "; een tabelregel afgeleid volgens de wettelijke rekenregel, niet gepubliceerd gevonden");
	if (s->flags & POORT_FLAG_CAO_170)
		put(l, "%s", lang ? "; CAO schedule above 170% over two years (not law; not capped)"
				  : "; CAO-schema boven 170% over twee jaar (geen wet; niet begrensd)");
}

/* The month's segments' lines; with more than one segment each starts with its days of
 * the month ("1-14: ") and they are joined by " | ". */
static void month_line(struct line *l, const poort_wage *w, size_t i, int lang)
{
	const struct poort_wage_month *mo = &w->month[i];
	for (size_t k = 0; k < mo->n_seg; k++) {
		const struct poort_wage_segment *s = &w->seg[mo->seg + k];
		if (mo->n_seg > 1) {
			int32_t y, m, d1, d2;
			poort_civil_from_days(s->first, &y, &m, &d1);
			poort_civil_from_days(s->last, &y, &m, &d2);
			put(l, "%s%d-%d: ", k ? " | " : "", d1, d2);
		}
		wage_line(l, s, lang);
	}
}

int32_t poort_wage_segment_explain(const poort_wage *w, size_t i, int32_t lang, char *buf, size_t size)
{
	struct line l;
	int32_t st = begin_line(w, i, w ? w->n_seg : 0, lang, buf, size, &l);
	if (st != POORT_OK)
		return st;
	wage_line(&l, &w->seg[i], lang);
	return (int32_t)l.len;
}

int32_t poort_wage_month_explain(const poort_wage *w, size_t i, int32_t lang, char *buf, size_t size)
{
	struct line l;
	int32_t st = begin_line(w, i, w ? w->n_month : 0, lang, buf, size, &l);
	if (st != POORT_OK)
		return st;
	month_line(&l, w, i, lang);
	return (int32_t)l.len;
}

void poort_wage_segment_text(const poort_wage *w, size_t i, int32_t lang, struct poort_buf *b)
{
	struct line l = {.out = b};
	wage_line(&l, &w->seg[i], lang);
}

void poort_wage_month_text(const poort_wage *w, size_t i, int32_t lang, struct poort_buf *b)
{
	struct line l = {.out = b};
	month_line(&l, w, i, lang);
}
