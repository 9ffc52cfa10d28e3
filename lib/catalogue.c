/*
 * The catalogue: the milestone table, the dossier checklist and the legal constants read
 * without a case, for binding authors and for the rule catalogue a lawyer reviews. Every
 * answer comes from the tables the computation runs on (milestones.c, dossier_items.c,
 * law.h); nothing here repeats a number or a text of them.
 */
#include "dossier.h"
#include "law.h"

#include <stdio.h>

/* The row of milestone i, or NULL beyond the table. */
static const struct poort_milestone_def *milestone(size_t i)
{
	return i < M_COUNT ? &poort_milestones[i] : NULL;
}

/* The row of dossier item i, or NULL beyond the table. */
static const struct poort_item_def *item(size_t i)
{
	return i < I_COUNT ? &poort_items[i] : NULL;
}

/* Text t[lang] of a row found (NULL when not, or lang unknown). */
#define LANG_TEXT(row, member, lang) ((row) && poort_lang_ok(lang) ? (row)->member[lang] : NULL)

size_t poort_catalogue_milestone_count(void)
{
	return M_COUNT;
}

const char *poort_catalogue_milestone_id(size_t i)
{
	const struct poort_milestone_def *m = milestone(i);
	return m ? m->id : NULL;
}

const char *poort_catalogue_milestone_title(size_t i, int32_t lang)
{
	return LANG_TEXT(milestone(i), title, lang);
}

const char *poort_catalogue_milestone_who(size_t i, int32_t lang)
{
	return LANG_TEXT(milestone(i), who, lang);
}

const char *poort_catalogue_milestone_basis(size_t i, int32_t lang)
{
	return LANG_TEXT(milestone(i), basis, lang);
}

const char *poort_catalogue_milestone_juriconnect(size_t i)
{
	const struct poort_milestone_def *m = milestone(i);
	return m ? m->juriconnect : NULL;
}

int32_t poort_catalogue_milestone_kind(size_t i)
{
	const struct poort_milestone_def *m = milestone(i);
	return m ? m->kind : POORT_ERR_INDEX;
}

const char *poort_catalogue_milestone_rule(size_t i)
{
	static const char *const names[] = {
		[RULE_SICK_DAY] = "sick_day",
		[RULE_WINDOW] = "window",
		[RULE_AFTER] = "after",
		[RULE_REPEAT] = "repeat",
		[RULE_DAY_AFTER] = "day_after",
		[RULE_BEFORE_END] = "before_end",
		[RULE_SAME_AS] = "same_as",
		[RULE_WAGE_PERIOD_END] = "wage_period_end",
		[RULE_LOONSANCTIE_END] = "loonsanctie_end",
		[RULE_EMPLOYMENT_END] = "employment_end",
	};
	const struct poort_milestone_def *m = milestone(i);
	return m ? POORT_NAME(names, m->rule.kind) : NULL;
}

/* The texts of the rule kinds, [kind][lang]; the arguments a kind's format takes are
 * listed in rule_text. "E" as in enum poort_rule_kind. */
static const char *const T_RULE[RULE_KIND_COUNT][2] = {
	[RULE_SICK_DAY] = {"ziektedag %d", "sick day %d"},
	[RULE_WINDOW] = {"ziektedag %d, in een venster dat opent op ziektedag %d",
			 "sick day %d, in a window that opens on sick day %d"},
	[RULE_AFTER] = {"%d dagen nadat %s gedaan is; zolang dat niet zo is ziektedag %d, of %d dagen "
			"na de afwijkende uiterste datum van %s als die later is",
			"%d days after %s was done; while it is not, sick day %d, or %d days after "
			"the departed due date of %s when that is later"},
	[RULE_REPEAT] = {"elke %d dagen vanaf %s (gedaan, anders de uiterste datum), daarna vanaf de "
			 "vorige keer (gehouden, anders gepland), zolang vóór de uiterste datum van %s",
			 "every %d days from %s (done, else due), then from the previous occurrence "
			 "(held, else due), while before the due date of %s"},
	[RULE_DAY_AFTER] = {"de dag na ziektedag %d: een kalenderdag, nooit verschoven",
			    "the day after sick day %d: a calendar day, never moved"},
	[RULE_BEFORE_END] = {"E - %d: E is de dag na de wachttijd (ziektedag %d) of na de vrijwillige "
			     "verlenging",
			     "E - %d: E is the day after the wachttijd (sick day %d) or after the "
			     "voluntary extension"},
	[RULE_SAME_AS] = {"de uiterste datum van %s", "the due date of %s"},
	[RULE_WAGE_PERIOD_END] = {"E - 1: ziektedag %d, of de laatste dag van de vrijwillige verlenging",
				  "E - 1: sick day %d, or the last day of the voluntary extension"},
	[RULE_LOONSANCTIE_END] = {"de laatste dag van de loonsanctie; alleen als die is vastgelegd",
				  "the last day of the loonsanctie; only when one is recorded"},
	[RULE_EMPLOYMENT_END] = {"de laatste dag van het dienstverband; alleen als die is opgegeven en "
				 "binnen de ziekte valt",
				 "the last day of employment; only when it is given and falls within "
				 "the sickness"},
};

int32_t poort_catalogue_milestone_rule_text(size_t i, int32_t lang, char *buf, size_t size)
{
	const struct poort_milestone_def *m = milestone(i);
	if (!buf && size)
		return POORT_ERR_NULL;
	if (!m)
		return POORT_ERR_INDEX;
	if (!poort_lang_ok(lang))
		return POORT_ERR_LANG;
	const struct poort_rule *r = &m->rule;
	const char *f = T_RULE[r->kind][lang];
	const char *ref = poort_milestones[r->ref].id, *limit = poort_milestones[r->limit].id;
	int n;
	switch (r->kind) {
	case RULE_AFTER:
		n = snprintf(buf, size, f, r->n, ref, r->m, r->n, ref);
		break;
	case RULE_REPEAT:
		n = snprintf(buf, size, f, r->n, ref, limit);
		break;
	case RULE_SAME_AS:
		n = snprintf(buf, size, f, ref);
		break;
	case RULE_BEFORE_END:
		n = snprintf(buf, size, f, r->n, LAW_WACHTTIJD_DAYS);
		break;
	case RULE_WAGE_PERIOD_END:
		n = snprintf(buf, size, f, LAW_WACHTTIJD_DAYS);
		break;
	default: /* sick day n (and window m); kinds without parameters ignore them */
		n = snprintf(buf, size, f, r->n, r->m);
		break;
	}
	return n;
}

size_t poort_catalogue_item_count(void)
{
	return I_COUNT;
}

const char *poort_catalogue_item_id(size_t i)
{
	const struct poort_item_def *d = item(i);
	return d ? d->id : NULL;
}

const char *poort_catalogue_item_onderdeel(size_t i)
{
	const struct poort_item_def *d = item(i);
	return d ? d->onderdeel : NULL;
}

const char *poort_catalogue_item_content(size_t i, int32_t lang)
{
	return LANG_TEXT(item(i), content, lang);
}

const char *poort_catalogue_item_basis(size_t i, int32_t lang)
{
	return LANG_TEXT(item(i), basis, lang);
}

const char *poort_catalogue_item_juriconnect(size_t i)
{
	const struct poort_item_def *d = item(i);
	return d ? d->juriconnect : NULL;
}

const char *poort_catalogue_item_milestone(size_t i)
{
	const struct poort_item_def *d = item(i);
	return d ? poort_milestones[d->milestone].id : NULL;
}

struct constant {
	const char *name;
	int64_t value;
	const char *citation;
};

#define CONSTANT_ROW(name, citation) {#name, (name), (citation)},
static const struct constant constants[] = {LAW_CONSTANTS(CONSTANT_ROW)};
#define N_CONSTANTS (sizeof constants / sizeof *constants)

size_t poort_catalogue_constant_count(void)
{
	return N_CONSTANTS;
}

const char *poort_catalogue_constant_name(size_t i)
{
	return i < N_CONSTANTS ? constants[i].name : NULL;
}

int64_t poort_catalogue_constant_value(size_t i)
{
	return i < N_CONSTANTS ? constants[i].value : POORT_ERR_INDEX;
}

const char *poort_catalogue_constant_citation(size_t i)
{
	return i < N_CONSTANTS ? constants[i].citation : NULL;
}
