/* JSON text of computed results: fixed key order, so equal inputs give equal bytes. */
#include "dossier.h"
#include "timeline.h"

#include <stdlib.h>

static void key_date(struct poort_buf *b, const char *key, int32_t date, const char *sep)
{
	poort_buf_printf(b, "  \"%s\": ", key);
	poort_buf_json_date(b, date);
	poort_buf_puts(b, sep);
}

/* Hand the finished buffer to the caller, or report that it could not be built. */
static int32_t finish(struct poort_buf *b, char **out, size_t *len)
{
	if (b->failed) {
		free(b->data);
		return POORT_ERR_NOMEM;
	}
	*out = b->data;
	if (len)
		*len = b->len;
	return POORT_OK;
}

int32_t poort_timeline_json(const poort_timeline *t, int32_t lang, char **out, size_t *len)
{
	if (!t || !out)
		return POORT_ERR_NULL;
	if (lang != POORT_LANG_NL && lang != POORT_LANG_EN)
		return POORT_ERR_LANG;
	struct poort_buf b = {0};
	poort_buf_puts(&b, "{\n");
	key_date(&b, "today", t->today, ",\n");
	key_date(&b, "first_sick_day", t->e.first_sick_day, ",\n");
	key_date(&b, "last_sick_day", t->e.last_sick_day, ",\n");
	poort_buf_printf(&b,
			 "  \"case_count\": %d,\n  \"sick_days\": %d,\n"
			 "  \"interruption_days\": %d,\n  \"leave_days\": %d,\n",
			 (int)t->e.case_count, (int)t->sick_days, (int)t->interruption_days,
			 (int)t->leave_days);
	key_date(&b, "wachttijd_end", t->e.wachttijd_end, ",\n");
	key_date(&b, "wage_end", t->e.wage_end, ",\n");
	poort_buf_puts(&b, "  \"milestones\": [");
	char line[512];
	for (size_t i = 0; i < t->n; i++) {
		const struct poort_entry *m = &t->m[i];
		const struct poort_milestone_def *def = &poort_milestones[m->def];
		poort_buf_puts(&b, i ? ",\n    {" : "\n    {");
		poort_buf_printf(&b, "\"id\": \"%s\", \"occurrence\": %d, \"due\": ", def->id,
				 (int)m->occurrence);
		poort_buf_json_date(&b, m->due);
		poort_buf_puts(&b, ", \"window_start\": ");
		poort_buf_json_date(&b, m->window);
		poort_buf_puts(&b, ", \"done\": ");
		poort_buf_json_date(&b, m->done);
		poort_buf_printf(&b, ", \"status\": \"%s\", \"kind\": \"%s\", \"departed\": %s",
				 poort_status_name(m->status), poort_kind_name(def->kind),
				 m->departed ? "true" : "false");
		poort_buf_puts(&b, ", \"title\": ");
		poort_buf_json_string(&b, def->title[lang]);
		poort_buf_puts(&b, ", \"who\": ");
		poort_buf_json_string(&b, def->who[lang]);
		poort_buf_puts(&b, ", \"basis\": ");
		poort_buf_json_string(&b, def->basis[lang]);
		poort_buf_puts(&b, ", \"juriconnect\": ");
		poort_buf_json_string(&b, def->juriconnect);
		poort_milestone_explain(t, i, lang, line, sizeof line);
		poort_buf_puts(&b, ", \"explanation\": ");
		poort_buf_json_string(&b, line);
		poort_buf_puts(&b, "}");
	}
	poort_buf_puts(&b, t->n ? "\n  ]\n}\n" : "]\n}\n");
	return finish(&b, out, len);
}

int32_t poort_dossier_json(const poort_dossier *d, int32_t lang, char **out, size_t *len)
{
	if (!d || !out)
		return POORT_ERR_NULL;
	if (lang != POORT_LANG_NL && lang != POORT_LANG_EN)
		return POORT_ERR_LANG;
	struct poort_buf b = {0};
	poort_buf_puts(&b, "{\n");
	key_date(&b, "today", d->today, ",\n");
	poort_buf_printf(&b,
			 "  \"riv\": \"%s\",\n  \"complete_bp\": %d,\n  \"can_submit\": %s,\n"
			 "  \"required\": %d,\n  \"required_present\": %d,\n  \"items\": [",
			 poort_riv_variant_name(d->variant), (int)d->complete_bp,
			 d->can_submit ? "true" : "false", (int)d->required, (int)d->required_present);
	for (int i = 0; i < I_COUNT; i++) {
		const struct poort_item_def *def = &poort_items[i];
		const struct poort_item_state *it = &d->item[i];
		poort_buf_printf(&b, "%s\n    {\"id\": \"%s\", \"onderdeel\": \"%s\", \"state\": \"%s\", "
				 "\"requirement\": \"%s\", \"milestone\": \"%s\", \"due\": ",
				 i ? "," : "", def->id, def->onderdeel, poort_item_state_name(it->state),
				 poort_requirement_name(def->requirement),
				 poort_milestones[def->milestone].id);
		poort_buf_json_date(&b, it->due);
		poort_buf_puts(&b, ", \"first\": ");
		poort_buf_json_date(&b, it->first);
		poort_buf_puts(&b, ", \"latest\": ");
		poort_buf_json_date(&b, it->latest);
		poort_buf_printf(&b, ", \"records\": %d, \"content\": ", (int)it->records);
		poort_buf_json_string(&b, def->content[lang]);
		poort_buf_puts(&b, ", \"basis\": ");
		poort_buf_json_string(&b, def->basis[lang]);
		poort_buf_puts(&b, ", \"juriconnect\": ");
		poort_buf_json_string(&b, def->juriconnect);
		poort_buf_puts(&b, "}");
	}
	poort_buf_puts(&b, "\n  ]\n}\n");
	return finish(&b, out, len);
}
