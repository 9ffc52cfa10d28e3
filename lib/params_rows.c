/*
 * The statutory tables of a parameter set as rows, for the rule catalogue: every row with
 * its table (named as in lib/statutory.txt), the date it is in force from, the age it is
 * for, its value and its source. The same rows the wage continuation looks up.
 */
#include "params.h"

size_t poort_params_row_count(const poort_params *p)
{
	return (p ? p : &poort_builtin_params)->n_rows;
}

int32_t poort_params_row(const poort_params *p, size_t i, const char **table, int32_t *from,
			 int32_t *age, int64_t *value, const char **source)
{
	if (!table || !from || !age || !value || !source)
		return POORT_ERR_NULL;
	if (!p)
		p = &poort_builtin_params;
	if (i >= p->n_rows)
		return POORT_ERR_INDEX;
	const struct poort_table_row *r = &p->rows[i];
	*table = poort_table_name(r->table);
	*from = r->from;
	*age = r->key > 0 ? r->key : -1; /* the tables by age have keys 15 ... 21, the others 0 */
	*value = r->value;
	*source = r->source ? r->source : "added by the host";
	return POORT_OK;
}
