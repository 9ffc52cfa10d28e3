/* JSON text of computed results: fixed key order, so equal inputs give equal bytes. */
#include "dossier.h"
#include "timeline.h"
#include "wage.h"

#include <stdlib.h>

static void key_date(struct poort_buf *b, const char *key, int32_t date, const char *sep)
{
	poort_buf_printf(b, "  \"%s\": ", key);
	poort_buf_json_date(b, date);
	poort_buf_puts(b, sep);
}

/* An explanation, written whole into the scratch buffer text, as the "explanation" key. */
static void explanation(struct poort_buf *b, struct poort_buf *text)
{
	poort_buf_puts(b, ", \"explanation\": ");
	poort_buf_json_string(b, text->len ? text->data : "");
	b->failed |= text->failed;
	text->len = 0;
}

/* Hand the finished buffer to the caller, or report that it could not be built. */
static int32_t finish(struct poort_buf *b, struct poort_buf *text, char **out, size_t *len)
{
	free(text->data);
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
	if (!poort_lang_ok(lang))
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
	struct poort_buf text = {0};
	for (size_t i = 0; i < t->n; i++) {
		const struct poort_entry *m = &t->m[i];
		const struct poort_milestone_def *def = &t->table[m->def];
		poort_buf_puts(&b, i ? ",\n    {" : "\n    {");
		poort_buf_printf(&b, "\"id\": \"%s\", \"occurrence\": %d, \"due\": ", def->id,
				 (int)m->occurrence);
		poort_buf_json_date(&b, m->due);
		poort_buf_puts(&b, ", \"window_start\": ");
		poort_buf_json_date(&b, poort_milestone_window_start(t, i));
		poort_buf_puts(&b, ", \"done\": ");
		poort_buf_json_date(&b, m->done);
		poort_buf_puts(&b, ", \"planned\": ");
		poort_buf_json_date(&b, m->planned);
		poort_buf_printf(&b, ", \"status\": \"%s\", \"kind\": \"%s\", \"departed\": %s, "
				 "\"day_off\": %s", poort_status_name(m->status), poort_kind_name(def->kind),
				 m->how == HOW_DEPARTURE ? "true" : "false",
				 poort_milestone_day_off(t, i) ? "true" : "false");
		poort_buf_puts(&b, ", \"title\": ");
		poort_buf_json_string(&b, def->title[lang]);
		poort_buf_puts(&b, ", \"who\": ");
		poort_buf_json_string(&b, def->who[lang]);
		poort_buf_puts(&b, ", \"basis\": ");
		poort_buf_json_string(&b, def->basis[lang]);
		poort_buf_puts(&b, ", \"juriconnect\": ");
		poort_buf_json_string(&b, def->juriconnect);
		poort_milestone_text(t, i, lang, &text);
		explanation(&b, &text);
		poort_buf_puts(&b, "}");
	}
	poort_buf_puts(&b, t->n ? "\n  ]\n}\n" : "]\n}\n");
	return finish(&b, &text, out, len);
}

int32_t poort_dossier_json(const poort_dossier *d, int32_t lang, char **out, size_t *len)
{
	if (!d || !out)
		return POORT_ERR_NULL;
	if (!poort_lang_ok(lang))
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
		poort_buf_puts(&b, ", \"planned\": ");
		poort_buf_json_date(&b, it->planned);
		poort_buf_printf(&b, ", \"records\": %d, \"content\": ", (int)it->records);
		poort_buf_json_string(&b, def->content[lang]);
		poort_buf_puts(&b, ", \"basis\": ");
		poort_buf_json_string(&b, def->basis[lang]);
		poort_buf_puts(&b, ", \"juriconnect\": ");
		poort_buf_json_string(&b, def->juriconnect);
		poort_buf_puts(&b, "}");
	}
	poort_buf_puts(&b, "\n  ]\n}\n");
	struct poort_buf none = {0};
	return finish(&b, &none, out, len);
}

static void flags_json(struct poort_buf *b, int32_t flags)
{
	poort_buf_printf(b, "\"floor_applied\": %s, \"cap_applied\": %s, \"stale\": %s, \"cao_above_170\": %s",
			 flags & POORT_FLAG_FLOOR ? "true" : "false", flags & POORT_FLAG_CAP ? "true" : "false",
			 flags & POORT_FLAG_STALE ? "true" : "false",
			 flags & POORT_FLAG_CAO_170 ? "true" : "false");
}

int32_t poort_wage_json(const poort_wage *w, int32_t lang, char **out, size_t *len)
{
	if (!w || !out)
		return POORT_ERR_NULL;
	if (!poort_lang_ok(lang))
		return POORT_ERR_LANG;
	struct poort_buf b = {0}, text = {0};
	poort_buf_puts(&b, "{\n");
	key_date(&b, "first", w->n_seg ? w->seg[0].first : POORT_DATE_NONE, ",\n");
	key_date(&b, "last", w->n_seg ? w->seg[w->n_seg - 1].last : POORT_DATE_NONE, ",\n");
	poort_buf_printf(&b, "  \"total_cents\": %lld,\n  \"months\": [", (long long)w->total);
	for (size_t i = 0; i < w->n_month; i++) {
		const struct poort_wage_month *mo = &w->month[i];
		char d[POORT_DATE_BUFSIZE];
		poort_fmt_date(mo->first, d);
		poort_buf_printf(&b, "%s\n    {\"month\": \"%.7s\", \"first\": ", i ? "," : "", d);
		poort_buf_json_date(&b, mo->first);
		poort_buf_puts(&b, ", \"last\": ");
		poort_buf_json_date(&b, mo->last);
		poort_buf_printf(&b, ", \"amount_cents\": %lld, \"statutory_cents\": %lld, \"percent_bp\": %d, "
				 "\"regime\": \"%s\", ",
				 (long long)mo->amount, (long long)mo->statutory, (int)mo->percent,
				 poort_regime_name(mo->regime));
		flags_json(&b, mo->flags);
		poort_wage_month_text(w, i, lang, &text);
		explanation(&b, &text);
		poort_buf_puts(&b, ", \"segments\": [");
		for (size_t k = 0; k < mo->n_seg; k++) {
			const struct poort_wage_segment *s = &w->seg[mo->seg + k];
			poort_buf_puts(&b, k ? ", {\"first\": " : "{\"first\": ");
			poort_buf_json_date(&b, s->first);
			poort_buf_puts(&b, ", \"last\": ");
			poort_buf_json_date(&b, s->last);
			poort_buf_printf(&b, ", \"regime\": \"%s\", \"percent_bp\": %d, \"statutory_cents\": %lld, "
					 "\"cao_cents\": ",
					 poort_regime_name(s->regime), (int)s->percent, (long long)s->statutory);
			if (s->cao < 0)
				poort_buf_puts(&b, "null");
			else
				poort_buf_printf(&b, "%lld", (long long)s->cao);
			poort_buf_printf(&b, ", \"amount_cents\": %lld, ", (long long)s->amount);
			flags_json(&b, s->flags);
			poort_wage_segment_text(w, mo->seg + k, lang, &text);
			explanation(&b, &text);
			poort_buf_puts(&b, "}");
		}
		poort_buf_puts(&b, "]}");
	}
	poort_buf_puts(&b, w->n_month ? "\n  ]\n}\n" : "]\n}\n");
	return finish(&b, &text, out, len);
}
