/* The dossier checklist and its computed state, shared by dossier*.c and json.c. */
#ifndef POORT_DOSSIER_H
#define POORT_DOSSIER_H

#include "internal.h"

enum poort_item_index {
	I_ADMINISTRATIEVE_GEGEVENS,
	I_AARD_VAN_HET_BEDRIJF,
	I_FUNCTIE,
	I_BEKWAAMHEDEN,
	I_EERSTE_ZIEKTEDAG,
	I_PROBLEEMANALYSE,
	I_PLAN_VAN_AANPAK,
	I_EERSTEJAARSEVALUATIE,
	I_EINDEVALUATIE,
	I_OORDEEL_ARBEIDSRELATIE,
	I_ACTUEEL_OORDEEL,
	I_OORDEEL_PASSENDE_ARBEID,
	I_OORDEEL_WERKNEMER,
	I_MEDISCHE_INFORMATIE,
	I_COUNT
};

struct poort_item_def {
	const char *id;
	const char *onderdeel;      /* letter of art. 6 lid 1, "" for practice items */
	const char *title[2];       /* a short name, for calendar titles */
	uint8_t actors;             /* POORT_ACTOR_* bits: who provides it */
	const char *content[2];
	const char *basis[2];
	const char *juriconnect;
	uint8_t milestone;          /* enum poort_milestone_index it is due with */
	uint8_t requirement;        /* POORT_REQ_* */
	uint8_t in_short_riv;       /* part of the shorter RIV (Regeling procesgang art. 6 lid 2) */
	uint8_t at_riv;             /* drawn up for the RIV itself (its data, the current opinions
				       and the employee's): when employment ends during sickness it
				       is due on the last day of employment (art. 6 lid 2) */
};

extern const struct poort_item_def poort_items[I_COUNT];
int poort_item_lookup(const char *id);

struct poort_item_state {
	int32_t due, first, latest, records;
	int32_t planned; /* the earliest record after the reference date: not present yet */
	uint8_t state;
};

struct poort_dossier {
	int32_t today, variant, complete_bp, can_submit, required, required_present;
	struct poort_item_state item[I_COUNT];
};

#endif
