/*
 * The milestone catalogue of the Wet verbetering poortwachter (spec section 3) as data:
 * one row per milestone with its texts, legal basis and the rule for its due date (a rule
 * kind and its parameters, enum poort_rule_kind in internal.h). A lawyer reviews this
 * table; timeline.c interprets the rule kinds and never asks which milestone it handles.
 * The order of the rows is the order of milestones due on the same day.
 */
#include "internal.h"
#include "law.h"

#include <stdio.h>
#include <string.h>

const struct poort_milestone_def poort_milestones[M_COUNT] = {
	[M_ZIEKMELDING_ARBODIENST] = {
		.id = "ZIEKMELDING_ARBODIENST",
		.actors = POORT_ACTOR_WERKGEVER,
		.title = {"Ziekmelding bij bedrijfsarts / arbodienst",
			  "Report the case to the bedrijfsarts / arbodienst"},
		.who = {"werkgever", "employer"},
		.basis = {"art. 2 lid 1 " CITE_RP " (tijdig; een week is gebruikelijk)",
			  CITE_RP ", art. 2(1) (in good time; one week is common practice)"},
		.juriconnect = JCI_RP "&artikel=2&lid=1",
		.kind = POORT_KIND_PRACTICE, .recordable = 1, .employer_duty = 1,
		.rule = {RULE_SICK_DAY, .n = 7},
	},
	[M_PROBLEEMANALYSE] = {
		.id = "PROBLEEMANALYSE",
		.actors = POORT_ACTOR_WERKGEVER | POORT_ACTOR_BEDRIJFSARTS,
		.title = {"Probleemanalyse en advies van de bedrijfsarts",
			  "Bedrijfsarts's probleemanalyse and advice"},
		.who = {"werkgever vraagt, bedrijfsarts schrijft",
			"employer asks, bedrijfsarts writes"},
		.basis = {"art. 2 lid 2 " CITE_RP "; art. 25 lid 5 Wet WIA",
			  CITE_RP ", art. 2(2); WIA art. 25(5)"},
		.juriconnect = JCI_RP "&artikel=2&lid=2",
		.kind = POORT_KIND_STATUTORY, .recordable = 1, .departable = 1, .employer_duty = 1,
		.rule = {RULE_SICK_DAY, .n = 42},
	},
	[M_PLAN_VAN_AANPAK] = {
		.id = "PLAN_VAN_AANPAK",
		.actors = POORT_ACTOR_WERKGEVER | POORT_ACTOR_WERKNEMER,
		.title = {"Plan van aanpak, schriftelijk, casemanager benoemd",
			  "Plan van aanpak agreed in writing, casemanager named"},
		.who = {"werkgever en werknemer", "employer and employee"},
		.basis = {"art. 4 lid 1-3 " CITE_RP "; art. 25 lid 2 Wet WIA",
			  CITE_RP ", art. 4(1)-(3); WIA art. 25(2)"},
		.juriconnect = JCI_RP "&artikel=4&lid=1",
		.kind = POORT_KIND_STATUTORY, .recordable = 1, .departable = 1, .employer_duty = 1,
		.rule = {RULE_AFTER, .ref = M_PROBLEEMANALYSE, .n = 14, .m = 56},
	},
	[M_EVALUATIE] = {
		.id = "EVALUATIE",
		.actors = POORT_ACTOR_WERKGEVER | POORT_ACTOR_WERKNEMER,
		.numbered = {"Evaluatie", "Evaluation"},
		.title = {"Evaluatie en bijstelling van het plan van aanpak",
			  "Progress evaluation of the plan van aanpak"},
		.who = {"werkgever en werknemer (casemanager)",
			"employer and employee (casemanager)"},
		.basis = {"art. 25 lid 2 Wet WIA (periodiek); art. 4 lid 2 onder b " CITE_RP
			  "; elke zes weken is UWV-praktijk",
			  "WIA art. 25(2) (periodically); " CITE_RP
			  ", art. 4(2)(b); every six weeks is UWV practice"},
		.juriconnect = JCI_WIA "&artikel=25&lid=2",
		.kind = POORT_KIND_PRACTICE, .recordable = 1, .employer_duty = 1,
		.rule = {RULE_REPEAT, .ref = M_PLAN_VAN_AANPAK, .limit = M_EINDEVALUATIE, .n = 42},
	},
	[M_MELDING_UWV_42] = {
		.id = "MELDING_UWV_42",
		.actors = POORT_ACTOR_WERKGEVER,
		.title = {"Ziekmelding aan UWV (42e-weeksmelding)",
			  "Report of long-term sickness to UWV (42nd-week report)"},
		.who = {"werkgever", "employer"},
		.basis = {"art. 38 lid 1 Ziektewet (te laat: boete, geen loonsanctie)",
			  "Ziektewet art. 38(1) (late: a fine, not a loonsanctie)"},
		.juriconnect = JCI_ZW "&artikel=38&lid=1",
		.note = {"art. 38 lid 1 Ziektewet: \"uiterlijk op de eerste dag nadat de ongeschiktheid"
			 " ... 42 weken heeft geduurd\", een kalenderdag; UWV schrijft \"eerste werkdag\"",
			 "Ziektewet art. 38(1): \"uiterlijk op de eerste dag nadat de ongeschiktheid"
			 " ... 42 weken heeft geduurd\", a calendar day; UWV's pages say \"eerste werkdag\""},
		.kind = POORT_KIND_STATUTORY, .recordable = 1, .employer_duty = 1,
		.rule = {RULE_DAY_AFTER, .n = 294},
	},
	[M_EERSTEJAARSEVALUATIE] = {
		.id = "EERSTEJAARSEVALUATIE",
		.actors = POORT_ACTOR_WERKGEVER | POORT_ACTOR_WERKNEMER,
		.title = {"Eerstejaarsevaluatie", "First-year evaluation"},
		.who = {"werkgever en werknemer", "employer and employee"},
		.basis = {"art. 4 lid 2 onder b " CITE_RP " (in ieder geval aan het einde van het eerste ziektejaar)",
			  CITE_RP ", art. 4(2)(b) (at the latest at the end of the first year)"},
		.juriconnect = JCI_RP "&artikel=4&lid=2",
		.kind = POORT_KIND_STATUTORY, .recordable = 1, .employer_duty = 1,
		.rule = {RULE_WINDOW, .n = 364, .m = 316},
	},
	[M_SPOOR2_BESLUIT] = {
		.id = "SPOOR2_BESLUIT",
		.actors = POORT_ACTOR_WERKGEVER,
		.title = {"Besluit over re-integratie tweede spoor",
			  "Decide on re-integration with another employer (tweede spoor)"},
		.who = {"werkgever", "employer"},
		.basis = {"UWV-praktijk: uiterlijk bij de eerstejaarsevaluatie; art. 25 lid 9 Wet WIA",
			  "UWV practice: at the latest at the first-year evaluation; WIA art. 25(9)"},
		.juriconnect = JCI_WIA "&artikel=25&lid=9",
		.kind = POORT_KIND_PRACTICE, .recordable = 1, .employer_duty = 1,
		.rule = {RULE_SICK_DAY, .n = 364},
	},
	[M_UWV_WIA_BRIEF] = {
		.id = "UWV_WIA_BRIEF",
		.actors = POORT_ACTOR_UWV,
		.title = {"UWV stuurt de werknemer de WIA-aanvraagbrief",
			  "UWV sends the employee the WIA application letter"},
		.who = {"UWV", "UWV"},
		.basis = {"art. 64 lid 2 Wet WIA", "WIA art. 64(2)"},
		.juriconnect = JCI_WIA "&artikel=64&lid=2",
		.kind = POORT_KIND_INFORMATIONAL, .recordable = 1,
		.rule = {RULE_SICK_DAY, .n = 623},
	},
	[M_ACTUEEL_OORDEEL] = {
		.id = "ACTUEEL_OORDEEL",
		.actors = POORT_ACTOR_BEDRIJFSARTS,
		.title = {"Actueel oordeel van de bedrijfsarts",
			  "Bedrijfsarts's current opinion"},
		.who = {"bedrijfsarts", "bedrijfsarts"},
		.basis = {"art. 6 lid 1 onder i-k " CITE_RP, CITE_RP ", art. 6(1)(i)-(k)"},
		.juriconnect = JCI_RP "&artikel=6&lid=1",
		.kind = POORT_KIND_PRACTICE, .recordable = 1, .employer_duty = 1,
		.rule = {RULE_SAME_AS, .ref = M_REINTEGRATIEVERSLAG},
	},
	[M_EINDEVALUATIE] = {
		.id = "EINDEVALUATIE",
		.actors = POORT_ACTOR_WERKGEVER | POORT_ACTOR_WERKNEMER,
		.title = {"Eindevaluatie van het plan van aanpak",
			  "Final evaluation of the plan van aanpak"},
		.who = {"werkgever en werknemer", "employer and employee"},
		.basis = {"art. 6 lid 1 onder h " CITE_RP, CITE_RP ", art. 6(1)(h)"},
		.juriconnect = JCI_RP "&artikel=6&lid=1",
		.kind = POORT_KIND_PRACTICE, .recordable = 1, .employer_duty = 1,
		.rule = {RULE_SAME_AS, .ref = M_REINTEGRATIEVERSLAG},
	},
	[M_REINTEGRATIEVERSLAG] = {
		.id = "REINTEGRATIEVERSLAG",
		.actors = POORT_ACTOR_WERKGEVER,
		.title = {"Re-integratieverslag opgesteld, afschrift aan werknemer",
			  "Re-integratieverslag drawn up, copy to the employee"},
		.who = {"werkgever", "employer"},
		.basis = {"art. 25 lid 3 Wet WIA (lid 4 bij verlenging)",
			  "WIA art. 25(3) (25(4) when extended)"},
		.juriconnect = JCI_WIA "&artikel=25&lid=3",
		.kind = POORT_KIND_STATUTORY, .recordable = 1, .employer_duty = 1,
		.rule = {RULE_BEFORE_END, .n = 92},
	},
	[M_WIA_AANVRAAG] = {
		.id = "WIA_AANVRAAG",
		.actors = POORT_ACTOR_WERKNEMER | POORT_ACTOR_WERKGEVER,
		.title = {"WIA-aanvraag; werkgever levert binnen een dag de RIV-stukken aan",
			  "WIA application; employer uploads the RIV documents within a day"},
		.who = {"werknemer (en werkgever)", "employee (and employer)"},
		.basis = {"art. 64 lid 3 Wet WIA", "WIA art. 64(3)"},
		.juriconnect = JCI_WIA "&artikel=64&lid=3",
		.kind = POORT_KIND_STATUTORY, .recordable = 1, .late_extends_wage = 1,
		.rule = {RULE_BEFORE_END, .n = 78},
	},
	[M_EINDE_WACHTTIJD] = {
		.id = "EINDE_WACHTTIJD",
		.actors = 0,
		.title = {"Laatste dag van de wachttijd; loondoorbetaling eindigt tenzij verlengd",
			  "Last day of the wachttijd; wage continuation ends unless extended"},
		.who = {"niemand (informatief)", "no one (informational)"},
		.basis = {"art. 23 lid 1 Wet WIA; art. 7:629 lid 1 BW",
			  "WIA art. 23(1); Civil Code art. 7:629(1)"},
		.juriconnect = JCI_WIA "&artikel=23&lid=1",
		.kind = POORT_KIND_INFORMATIONAL,
		.rule = {RULE_WAGE_PERIOD_END},
	},
	[M_EINDE_LOONSANCTIE] = {
		.id = "EINDE_LOONSANCTIE",
		.actors = 0,
		.title = {"Laatste dag van de loonsanctie", "Last day of the loonsanctie"},
		.who = {"niemand (informatief)", "no one (informational)"},
		.basis = {"art. 25 lid 9-14 Wet WIA", "WIA art. 25(9)-(14)"},
		.juriconnect = JCI_WIA "&artikel=25&lid=9",
		.kind = POORT_KIND_INFORMATIONAL,
		.rule = {RULE_LOONSANCTIE_END},
	},
	[M_EINDE_DIENSTVERBAND_MELDING] = {
		.id = "EINDE_DIENSTVERBAND_MELDING",
		.actors = POORT_ACTOR_WERKGEVER,
		.title = {"Einde dienstverband tijdens ziekte melden aan UWV",
			  "Report the end of employment during sickness to UWV"},
		.who = {"werkgever", "employer"},
		.basis = {"art. 38 Ziektewet; art. 6 lid 2 " CITE_RP " (verkort re-integratieverslag)",
			  "Ziektewet art. 38; " CITE_RP ", art. 6(2) (shorter re-integratieverslag)"},
		.juriconnect = JCI_ZW "&artikel=38",
		.kind = POORT_KIND_STATUTORY, .recordable = 1,
		.rule = {RULE_EMPLOYMENT_END},
	},
};

int poort_milestone_lookup(const char *id)
{
	for (int i = 0; i < M_COUNT; i++)
		if (strcmp(poort_milestones[i].id, id) == 0)
			return i;
	return -1;
}

void poort_departable_ids(char *buf, size_t size)
{
	int n = 0, total = 0;
	for (int i = 0; i < M_COUNT; i++)
		total += poort_milestones[i].departable;
	buf[0] = '\0';
	for (int i = 0; i < M_COUNT && size; i++) {
		if (!poort_milestones[i].departable)
			continue;
		const char *sep = n == 0 ? "" : n == total - 1 ? " and " : ", ";
		size_t used = strlen(buf);
		snprintf(buf + used, size - used, "%s%s", sep, poort_milestones[i].id);
		n++;
	}
}
