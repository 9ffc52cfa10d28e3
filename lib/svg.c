/*
 * The timeline as an SVG drawing for people who would rather look than read: a week axis,
 * the sick periods, interruptions and WAZO leave, the wage regimes, every milestone as a
 * marker coloured by its status with its date, a line on the reference date and a legend.
 * The drawing is self-contained (no script, no outside reference, the generic font family
 * sans-serif only) so that it renders the same everywhere, and its coordinates are integers
 * in tenths of a pixel, so that equal timelines give equal bytes. The scale is documented
 * with poort_timeline_svg() in poortwachter.h.
 */
#include "svg.h"
#include "timeline.h"

#include <stdlib.h>
#include <string.h>

/* The layout, in pixels. Those written into format strings are macros. */
#define MARK_Y 158 /* the line the milestone markers sit on */
#define AXIS_Y 85  /* the week axis; the lanes start below it */
#define WEEK_Y 77  /* baseline of the week numbers */
#define STR_(x) #x
#define STR(x) STR_(x)
enum {
	SVG_W = 1400,
	PLOT_X = 150,   /* the left edge of the first day drawn */
	PLOT_W = 1200,  /* the width of all days drawn */
	TODAY_Y = 62,   /* baseline of the reference date's label; its line starts below it */
	SICK_Y = 88,
	WAGE_Y = 116,
	LANE_H = 22,
	ROW_Y = 184,    /* baseline of the first row of milestone labels */
	ROW_H = 28,
	MAX_ROWS = 10,
	LEGEND_H = 58,
	LABEL_SIZE = 11 /* font size of the labels; widths are estimated from it */
};

/* The texts of the drawing. Milestone labels are short forms of the catalogue's titles,
 * which the markers carry in full as their <title>; each is at least as long as the date
 * "YYYY-MM-DD" written under it, so its width is the label's. */
struct words {
	const char *heading, *case_word, *first_day, *wachttijd_end, *wage_end, *today, *outside;
	const char *lane_week, *lane_sick, *lane_wage, *lane_milestones;
	const char *sick, *from, *interruption, *leave;
	const char *regime[4][2]; /* year 1, year 2, extension, loonsanctie: short, long */
	const char *due, *done_on, *milestones;
	const char *status[7];
	const char *label[M_COUNT];
};

static const struct words words[2] = {
	[POORT_LANG_NL] = {
		"Tijdlijn Wet verbetering poortwachter", "casus", "Eerste ziektedag", "einde wachttijd",
		"einde loondoorbetaling", "vandaag", "buiten de tekening",
		"Ziekteweek", "Ziekteverloop", "Loondoorbetaling", "Mijlpalen",
		"ziek", "vanaf", "onderbreking (hersteld, minder dan 4 weken)", "WAZO-verlof",
		{{"Jaar 1", "Jaar 1: 70%, ten minste het minimumloon"}, {"Jaar 2", "Jaar 2: 70%"},
		 {"Verlenging", "Verlenging (art. 24 Wet WIA)"},
		 {"Loonsanctie", "Loonsanctie (art. 25 lid 9 Wet WIA)"}},
		"uiterlijk", "gedaan op", "Mijlpalen",
		{"gepland", "binnenkort", "te laat", "gedaan", "te laat gedaan", "niet van toepassing",
		 "verstreken"},
		{"Ziekmelding arbodienst", "Probleemanalyse", "Plan van aanpak", "Evaluatie",
		 "42e-weeksmelding UWV", "Eerstejaarsevaluatie", "Besluit spoor 2", "WIA-brief UWV",
		 "Actueel oordeel", "Eindevaluatie", "Re-integratieverslag", "WIA-aanvraag",
		 "Einde wachttijd", "Einde loonsanctie", "Einde dienstverband"},
	},
	[POORT_LANG_EN] = {
		"Wet verbetering poortwachter timeline", "case", "First sick day", "wachttijd ends",
		"wage obligation ends", "today", "outside the drawing",
		"Week of sickness", "Sickness", "Wage continuation", "Milestones",
		"sick", "from", "interruption (fit, less than 4 weeks)", "WAZO leave",
		{{"Year 1", "Year 1: 70%, at least the minimum wage"}, {"Year 2", "Year 2: 70%"},
		 {"Extension", "Extension (WIA art. 24)"},
		 {"Loonsanctie", "Loonsanctie (WIA art. 25(9))"}},
		"due", "done on", "Milestones",
		{"upcoming", "due soon", "overdue", "done", "done late", "not applicable", "passed"},
		{"Report to arbodienst", "Probleemanalyse", "Plan van aanpak", "Evaluation",
		 "42nd-week report to UWV", "First-year evaluation", "Spoor 2 decision",
		 "UWV WIA letter", "Current opinion", "Final evaluation", "Re-integratieverslag",
		 "WIA application", "End of wachttijd", "End of loonsanctie", "End of employment"},
	},
};

/* A marker's shape, drawn from its centre: done is a circle, to do a diamond, overdue a
 * triangle, not applicable and passed a square, so colour is not the only cue. */
#define CIRCLE "m-5 0a5 5 0 1 0 10 0a5 5 0 1 0-10 0z"
#define DIAMOND "m0-6l6 6-6 6-6-6z"
#define TRIANGLE "m0-6l6 11h-12z"
#define SQUARE "m-4.5-4.5h9v9h-9z"

/* A status's marker shape and class; the class's colours are in the style below. */
static const struct {
	const char *shape, *cls;
} looks[7] = {
	[POORT_STATUS_UPCOMING] = {DIAMOND, "s0"},
	[POORT_STATUS_DUE_SOON] = {DIAMOND, "s1"},
	[POORT_STATUS_OVERDUE] = {TRIANGLE, "s2"},
	[POORT_STATUS_DONE] = {CIRCLE, "s3"},
	[POORT_STATUS_DONE_LATE] = {CIRCLE, "s4"},
	[POORT_STATUS_NOT_APPLICABLE] = {SQUARE, "s5"},
	[POORT_STATUS_PASSED] = {SQUARE, "s6"},
};

/* Band colours: sick, interruption, leave, then the four wage regimes. */
enum { BAND_SICK, BAND_INTERRUPTION, BAND_LEAVE, BAND_YEAR1 };
static const char *const band_fill[7] = {"#e57373", "#a5d6a7", "#b39ddb", "#90caf9",
					 "#64a7e8", "#ffe082", "#ffab91"};

/* The style: a status class colours its marker (path) and its date (tspan). */
static const char style[] =
	"<style>text{fill:#1a1a1a}.h{font-size:17px;font-weight:bold}.s{font-size:12px}"
	".w{font-size:10px;fill:#555}.e{text-anchor:end}.m{text-anchor:middle}"
	".l{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}"
	".p{stroke:#b0b0b0;stroke-width:1;fill:none}.a{stroke:#444;stroke-width:1;fill:none}"
	".t{stroke:#1a1a1a;stroke-width:1.5;stroke-dasharray:5 3;fill:none}"
	".k{fill:#fff;stroke:#bbb;stroke-width:0.5}"
	".s0 path{fill:#1f5fa8;stroke:#1f5fa8}.s0 tspan{fill:#1f5fa8}"
	".s1 path{fill:#c25e00;stroke:#c25e00}.s1 tspan{fill:#c25e00}"
	".s2 path{fill:#c62828;stroke:#c62828}.s2 tspan{fill:#c62828}"
	".s3 path{fill:#2e7d32;stroke:#2e7d32}.s3 tspan{fill:#2e7d32}"
	".s4 path{fill:#8d6e00;stroke:#8d6e00}.s4 tspan{fill:#8d6e00}"
	".s5 path{fill:#fff;stroke:#8a8a8a}.s5 tspan{fill:#6e6e6e}"
	".s6 path{fill:#5f5f5f;stroke:#5f5f5f}.s6 tspan{fill:#5f5f5f}</style>\n";

/* Where a milestone's label goes: its row, and whether it ends at its pole (near the right
 * edge) rather than starting there. */
struct place {
	int64_t x, text_x;
	int row, end;
	char label[64];
	char due[POORT_DATE_BUFSIZE];
};

struct draw {
	struct poort_buf *b;
	const poort_timeline *t;
	const struct words *w;
	int32_t lang, first, last, days;
	int rows;                   /* label rows in use */
	int64_t row_end[MAX_ROWS];  /* right end of each row's last label, tenths of a pixel */
	struct place *places;       /* where each milestone's label goes */
};

/* --------------------------------------------------------------- the scale */

/* x of a position counted in half days from the first day drawn, tenths of a pixel. */
static int64_t scale(const struct draw *d, int64_t half_days)
{
	int64_t den = 2 * (int64_t)d->days;
	return PLOT_X * 10 + (half_days * PLOT_W * 10 + den / 2) / den;
}

/* The left edge of a day; the day after the last one drawn gives the right end. */
static int64_t x_edge(const struct draw *d, int32_t date)
{
	return scale(d, 2 * (int64_t)(date - d->first));
}

/* The middle of a day: where a milestone's marker and the reference line sit. */
static int64_t x_mid(const struct draw *d, int32_t date)
{
	return scale(d, 2 * (int64_t)(date - d->first) + 1);
}

static int32_t later(int32_t a, int32_t b)
{
	return a > b ? a : b;
}

/* The days drawn: from the first sick day to the end of the wage obligation (the 104 weeks,
 * a voluntary extension, a loonsanctie), widened to hold every milestone. */
static void set_range(struct draw *d)
{
	const struct poort_ends *e = &d->t->e;
	d->first = e->first_sick_day;
	d->last = later(later(e->wachttijd_end, e->end_after - 1), later(e->ls_end, e->wage_end));
	for (size_t i = 0; i < d->t->n; i++) {
		int32_t due = d->t->m[i].due;
		d->first = due < d->first ? due : d->first;
		d->last = later(due, d->last);
	}
	d->days = d->last - d->first + 1;
}

/* A lane's or axis's name, left of the drawing area. */
static void lane_name(struct draw *d, int y, const char *name)
{
	poort_svg_put(d->b, "<text class=\"e\" x=\"%d\" y=\"%d\">%x</text>\n", PLOT_X - 10, y, name);
}

/* ------------------------------------------------------------------ bands */

/* A band over the days from ... to (inclusive, clipped to the drawing), with its name and
 * dates as a tooltip; label[0] or else label[1] (when label is not NULL) written inside if
 * it fits. */
static void band(struct draw *d, int y, int32_t from, int32_t to, int kind, const char *name,
		 const char *const *label)
{
	from = from < d->first ? d->first : from;
	to = to == POORT_DATE_NONE || to > d->last ? d->last : to;
	if (from > to)
		return;
	int64_t x0 = x_edge(d, from), x1 = x_edge(d, to + 1);
	poort_svg_put(d->b, "<rect x=\"%v\" y=\"%d\" width=\"%v\" height=\"%d\" fill=\"%s\">"
		      "<title>%x %t \xe2\x80\x93 %t</title></rect>\n",
		      x0, y, x1 - x0, (int)LANE_H, band_fill[kind], name, from, to);
	for (int k = 0; label && k < 2; k++) {
		if (poort_text_width(label[k], LABEL_SIZE) + 80 <= x1 - x0) {
			poort_svg_put(d->b, "<text x=\"%v\" y=\"%d\">%x</text>\n", x0 + 40, y + 15,
				      label[k]);
			break;
		}
	}
}

/* The interruptions between sick period i - 1 and i: the days between them that are not
 * WAZO leave. Each is drawn as a band (description 0) or written as a sentence (1). */
static void interruptions(struct draw *d, size_t i, int description)
{
	const struct poort_sketch *sk = &d->t->sk;
	int32_t from = sk->sick[i - 1].last + 1, to = sk->sick[i].first - 1;
	for (size_t k = 0; k <= sk->n_leave && from <= to; k++) {
		int after_all = k == sk->n_leave; /* past the last leave: the rest of the gap */
		if (!after_all && (sk->leave[k].last < from || sk->leave[k].first > to))
			continue; /* a leave outside this gap */
		int32_t upto = after_all ? to : sk->leave[k].first - 1;
		if (from <= upto && description)
			poort_svg_put(d->b, " %x %t \xe2\x80\x93 %t.", d->w->interruption, from, upto);
		else if (from <= upto)
			band(d, SICK_Y, from, upto, BAND_INTERRUPTION, d->w->interruption, NULL);
		from = after_all ? to + 1 : sk->leave[k].last + 1;
	}
}

/* The sick periods of the latest case, the interruptions between them and WAZO leave. */
static void lane_sickness(struct draw *d)
{
	const struct poort_sketch *sk = &d->t->sk;
	lane_name(d, SICK_Y + 15, d->w->lane_sick);
	for (size_t i = 0; i < sk->n_sick; i++) {
		if (i)
			interruptions(d, i, 0);
		band(d, SICK_Y, sk->sick[i].first, sk->sick[i].last, BAND_SICK, d->w->sick, NULL);
	}
	for (size_t i = 0; i < sk->n_leave; i++)
		band(d, SICK_Y, sk->leave[i].first, sk->leave[i].last, BAND_LEAVE, d->w->leave, NULL);
}

/* Sick day n of the latest case (projected past its last period, as for the milestones). */
static int32_t sick_day(const struct draw *d, int32_t n)
{
	const struct poort_sketch *sk = &d->t->sk;
	struct poort_span s = {sk->sick, sk->n_sick, d->t->e.case_count};
	return poort_sick_day(&s, n);
}

static int32_t earlier(int32_t a, int32_t b)
{
	return a < b ? a : b;
}

/* A wage regime's band, named in full inside when it fits, else by its short name. */
static void regime(struct draw *d, int32_t from, int32_t to, int k)
{
	const char *const *names = d->w->regime[k];
	band(d, WAGE_Y, from, to, BAND_YEAR1 + k, names[1],
	     (const char *const[]){names[1], names[0]});
}

/* The wage regimes (BW 7:629 lid 1, WIA art. 24 and art. 25 lid 9) while the employer owes
 * wage: not after the wage obligation ends, nor after the last sick day of a closed case. */
static void lane_wage(struct draw *d)
{
	const struct poort_ends *e = &d->t->e;
	int32_t stop = e->last_sick_day != POORT_DATE_NONE ? earlier(e->wage_end, e->last_sick_day)
							   : e->wage_end;
	int32_t year2 = sick_day(d, 365);
	lane_name(d, WAGE_Y + 15, d->w->lane_wage);
	regime(d, e->first_sick_day, earlier(year2 - 1, stop), 0);
	/* a late WIA application lengthens the year-2 or extension band (BW 7:629 lid 11 a) */
	int32_t ext = e->extension_end != POORT_DATE_NONE;
	regime(d, year2, earlier(ext ? e->wachttijd_end : e->ls_from - 1, stop), 1);
	if (ext)
		regime(d, e->wachttijd_end + 1, earlier(e->ls_from - 1, stop), 2);
	if (e->ls_end != POORT_DATE_NONE)
		regime(d, e->ls_from, earlier(e->ls_end, stop), 3);
}

/* The week axis: weeks of sickness, so a tick waits while the employee is fit or on leave;
 * a tick every 4 weeks, numbered every 13. */
static void week_axis(struct draw *d)
{
	lane_name(d, AXIS_Y, d->w->lane_week);
	poort_svg_put(d->b, "<path class=\"a\" d=\"M%d " STR(AXIS_Y) "h%d", (int)PLOT_X, (int)PLOT_W);
	for (int32_t k = 4;; k += 4) {
		int32_t end = sick_day(d, 7 * k);
		if (end > d->last)
			break;
		poort_svg_put(d->b, "M%v " STR(AXIS_Y) "v%s", x_edge(d, end + 1),
			      k % 13 ? "-3" : "-6");
	}
	poort_svg_put(d->b, "\"/>\n");
	for (int32_t k = 13;; k += 13) {
		int32_t end = sick_day(d, 7 * k);
		if (end > d->last)
			break;
		poort_svg_put(d->b, "<text class=\"w m\" x=\"%v\" y=\"" STR(WEEK_Y) "\">%d</text>\n",
			      x_edge(d, end + 1), (int)k);
	}
}

/* ------------------------------------------------------------- milestones */

/* The label of a milestone: its short name, and the occurrence of an evaluation. */
static void label_of(const struct draw *d, const struct poort_entry *m, char out[64])
{
	const char *name = d->w->label[m->def];
	size_t len = strlen(name);
	memcpy(out, name, len + 1);
	if (m->occurrence) {
		char digits[8];
		int n = (int)sizeof digits, k = m->occurrence;
		digits[--n] = '\0';
		do {
			digits[--n] = (char)('0' + k % 10);
			k /= 10;
		} while (k);
		out[len] = ' ';
		memcpy(out + len + 1, digits + n, sizeof digits - (size_t)n);
	}
}

/* Place the labels in date order, each in the first row where it clears the label before
 * it (staggered rows); when all rows are taken, the row that ends furthest left. */
static void place(struct draw *d, size_t i, struct place *p)
{
	const struct poort_entry *m = &d->t->m[i];
	label_of(d, m, p->label);
	poort_fmt_date(m->due, p->due);
	int64_t w = poort_text_width(p->label, LABEL_SIZE); /* wider than the date below it */
	p->x = x_mid(d, m->due);
	p->end = p->x + 40 + w > (SVG_W - 8) * 10;
	p->text_x = p->end ? p->x - 40 : p->x + 40;
	int64_t left = p->end ? p->text_x - w : p->text_x, right = p->end ? p->text_x : p->text_x + w;
	int best = 0, r = 0;
	for (; r < MAX_ROWS && d->row_end[r] + 60 > left; r++)
		best = d->row_end[r] < d->row_end[best] ? r : best;
	p->row = r < MAX_ROWS ? r : best;
	d->row_end[p->row] = right > d->row_end[p->row] ? right : d->row_end[p->row];
	d->rows = p->row + 1 > d->rows ? p->row + 1 : d->rows;
}

/* The poles from the markers down to their labels, under everything else. */
static void poles(struct draw *d)
{
	poort_svg_put(d->b, "<path class=\"p\" d=\"");
	for (size_t i = 0; i < d->t->n; i++) {
		const struct place *p = &d->places[i];
		poort_svg_put(d->b, "M%v " STR(MARK_Y) "V%d", p->x, ROW_Y + p->row * ROW_H + 14);
	}
	poort_svg_put(d->b, "\"/>\n");
}

/* A milestone: marker, label and due date, with the full title, status and date done as
 * its tooltip. */
static void milestone(struct draw *d, size_t i, const struct place *p)
{
	const struct poort_entry *m = &d->t->m[i];
	poort_svg_put(d->b, "<g class=\"%s\"><title>%x: %x %s, %x", looks[m->status].cls,
		      d->t->table[m->def].title[d->lang], d->w->due, p->due,
		      d->w->status[m->status]);
	if (m->done != POORT_DATE_NONE)
		poort_svg_put(d->b, ", %x %t", d->w->done_on, m->done);
	poort_svg_put(d->b, "</title><path d=\"M%v " STR(MARK_Y) "%s\"/>"
		      "<text class=\"l%s\" x=\"%v\" y=\"%d\">%x<tspan x=\"%v\" dy=\"12\">%s</tspan>"
		      "</text></g>\n", p->x, looks[m->status].shape, p->end ? " e" : "", p->text_x,
		      ROW_Y + p->row * ROW_H, p->label, p->text_x, p->due);
}

static void milestones(struct draw *d)
{
	lane_name(d, MARK_Y + 4, d->w->lane_milestones);
	poort_svg_put(d->b, "<path class=\"a\" d=\"M%d " STR(MARK_Y) "h%d\"/>\n", (int)PLOT_X,
		      (int)PLOT_W);
	poles(d);
	for (size_t i = 0; i < d->t->n; i++)
		milestone(d, i, &d->places[i]);
}

/* The reference date as a dashed line over the lanes and milestones, when it is drawn. */
static void today_line(struct draw *d, int bottom)
{
	int32_t today = d->t->today;
	if (today < d->first || today > d->last)
		return;
	int64_t at = x_mid(d, today);
	int64_t half = (poort_text_width(d->w->today, LABEL_SIZE) + poort_text_width(" YYYY-MM-DD",
										     LABEL_SIZE)) / 2;
	const char *anchor = at + half > (SVG_W - 4) * 10 ? "e" : "m";
	poort_svg_put(d->b, "<path class=\"t\" d=\"M%v %dV%d\"/>\n", at, TODAY_Y + 4, bottom);
	poort_svg_put(d->b, "<text class=\"%s\" x=\"%v\" y=\"%d\" font-weight=\"bold\">%x %t</text>\n",
		      anchor, at, (int)TODAY_Y, d->w->today, today);
}

/* ------------------------------------------------------- heading, legend */

/* "Eerste ziektedag ... · einde wachttijd ... · einde loondoorbetaling ... · vandaag ..." */
static void summary(struct draw *d)
{
	const struct poort_ends *e = &d->t->e;
	const struct words *w = d->w;
	poort_svg_put(d->b, "%x %t \xc2\xb7 %x %t \xc2\xb7 %x %t \xc2\xb7 %x %t", w->first_day,
		      e->first_sick_day, w->wachttijd_end, e->wachttijd_end, w->wage_end, e->wage_end,
		      w->today, d->t->today);
	if (d->t->today < d->first || d->t->today > d->last)
		poort_svg_put(d->b, " (%x)", w->outside);
}

/* The heading: "Tijdlijn ...[, casus ID]" (the case id only; never a name). */
static void title_text(struct draw *d, const char *sep)
{
	poort_svg_put(d->b, "%x", d->w->heading);
	if (d->t->sk.id[0])
		poort_svg_put(d->b, "%s%x %x", sep, d->w->case_word, d->t->sk.id);
}

/* The long description a screen reader gives: the dates, the periods and every milestone. */
static void description(struct draw *d)
{
	const struct poort_sketch *sk = &d->t->sk;
	const struct words *w = d->w;
	summary(d);
	poort_svg_put(d->b, ".");
	for (size_t i = 0; i < sk->n_sick; i++) {
		if (i)
			interruptions(d, i, 1);
		if (sk->sick[i].last == POORT_DATE_NONE)
			poort_svg_put(d->b, " %x %x %t.", w->sick, w->from, sk->sick[i].first);
		else
			poort_svg_put(d->b, " %x %t \xe2\x80\x93 %t.", w->sick, sk->sick[i].first,
				      sk->sick[i].last);
	}
	for (size_t i = 0; i < sk->n_leave; i++)
		poort_svg_put(d->b, " %x %t \xe2\x80\x93 %t.", w->leave, sk->leave[i].first,
			      sk->leave[i].last);
	poort_svg_put(d->b, " %x:", w->milestones);
	for (size_t i = 0; i < d->t->n; i++) {
		const struct poort_entry *m = &d->t->m[i];
		poort_svg_put(d->b, "%s %x %x %s, %x", i ? ";" : "", d->places[i].label, w->due,
			      d->places[i].due, w->status[m->status]);
	}
	poort_svg_put(d->b, ".");
}

/* One legend entry at x on baseline y: a swatch (kind >= 0), a marker (status >= 0) or the
 * dashed line, then its name; returns the x of the next entry. */
static int64_t legend_entry(struct draw *d, int64_t x, int y, int kind, int status,
			    const char *name)
{
	if (kind >= 0)
		poort_svg_put(d->b, "<rect x=\"%v\" y=\"%d\" width=\"16\" height=\"10\" fill=\"%s\"/>",
			      x, y - 9, band_fill[kind]);
	else if (status >= 0)
		poort_svg_put(d->b, "<g class=\"%s\"><path d=\"M%v %d%s\"/></g>", looks[status].cls,
			      x + 80, y - 4, looks[status].shape);
	else
		poort_svg_put(d->b, "<path class=\"t\" d=\"M%v %dv14\"/>", x + 80, y - 11);
	poort_svg_put(d->b, "<text x=\"%v\" y=\"%d\">%x</text>\n", x + 220, y, name);
	return x + 220 + poort_text_width(name, LABEL_SIZE) + 140;
}

static void legend(struct draw *d, int y)
{
	const struct words *w = d->w;
	int64_t x = 400;
	const char *const bands[7] = {w->sick, w->interruption, w->leave, w->regime[0][1],
				      w->regime[1][1], w->regime[2][1], w->regime[3][1]};
	for (int k = 0; k < 7; k++)
		x = legend_entry(d, x, y + 16, k, -1, bands[k]);
	x = 400;
	for (int s = 0; s < 7; s++)
		x = legend_entry(d, x, y + 40, -1, s, w->status[s]);
	legend_entry(d, x, y + 40, -1, -1, w->today);
}

/* The opening tag with the size, the title and description, the style and the heading. */
static void head(struct draw *d, int height)
{
	const char *id = d->t->sk.id, *sep = id[0] ? "-" : "";
	poort_svg_put(d->b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
		      "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"%d\" role=\"img\" "
		      "aria-labelledby=\"poort-title%s%x poort-desc%s%x\">\n"
		      "<title id=\"poort-title%s%x\">", (int)SVG_W, height, (int)SVG_W, height,
		      (int)LABEL_SIZE, sep, id, sep, id, sep, id);
	title_text(d, ", ");
	poort_svg_put(d->b, "</title>\n<desc id=\"poort-desc%s%x\">", sep, id);
	description(d);
	poort_svg_put(d->b, "</desc>\n%s<rect class=\"k\" width=\"%d\" height=\"%d\"/>\n"
		      "<text class=\"h\" x=\"20\" y=\"28\">", style, (int)SVG_W, height);
	title_text(d, " \xe2\x80\x94 ");
	poort_svg_put(d->b, "</text>\n<text class=\"s\" x=\"20\" y=\"47\">");
	summary(d);
	poort_svg_put(d->b, "</text>\n");
}

int32_t poort_timeline_svg(const poort_timeline *t, int32_t lang, char **out, size_t *len)
{
	if (!t || !out)
		return POORT_ERR_NULL;
	if (!poort_lang_ok(lang))
		return POORT_ERR_LANG;
	struct poort_buf b = {0};
	struct draw d = {.b = &b, .t = t, .w = &words[lang], .lang = lang};
	d.places = malloc((t->n ? t->n : 1) * sizeof *d.places);
	if (!d.places)
		return POORT_ERR_NOMEM;
	set_range(&d);
	for (size_t i = 0; i < t->n; i++)
		place(&d, i, &d.places[i]);
	int bottom = ROW_Y + (d.rows ? d.rows : 1) * ROW_H;
	head(&d, bottom + LEGEND_H);
	week_axis(&d);
	lane_sickness(&d);
	lane_wage(&d);
	today_line(&d, bottom - 10);
	milestones(&d);
	legend(&d, bottom);
	poort_svg_put(&b, "</svg>\n");
	free(d.places);
	if (b.failed) {
		free(b.data);
		return POORT_ERR_NOMEM;
	}
	*out = b.data;
	if (len)
		*len = b.len;
	return POORT_OK;
}

/* ------------------------------------------------------- the timeline's sketch */

/* The first WAZO leave that does not end before the latest case begins. */
static size_t first_leave(const struct poort_case *c, const struct poort_span *s)
{
	size_t i = 0;
	while (i < c->n_leaves && c->leaves[i].last < s->seg[0].first)
		i++;
	return i;
}

size_t poort_sketch_size(const struct poort_case *c, const struct poort_span *s)
{
	return (s->n_seg + c->n_leaves - first_leave(c, s)) * sizeof(struct poort_period);
}

_Static_assert(_Alignof(struct poort_period) <= _Alignof(struct poort_entry),
	       "the periods follow the milestones in one block");

void poort_sketch_keep(struct poort_timeline *t, size_t n_max, const struct poort_case *c,
		       const struct poort_span *s)
{
	struct poort_period *p = (struct poort_period *)(void *)(t->m + n_max);
	size_t l0 = first_leave(c, s);
	memcpy(p, s->seg, s->n_seg * sizeof *p);
	if (c->n_leaves > l0)
		memcpy(p + s->n_seg, c->leaves + l0, (c->n_leaves - l0) * sizeof *p);
	t->sk.sick = p;
	t->sk.n_sick = s->n_seg;
	t->sk.leave = p + s->n_seg;
	t->sk.n_leave = c->n_leaves - l0;
	memcpy(t->sk.id, c->id, sizeof t->sk.id);
}
