/*
 * The re-integration dossier checklist (spec section 5) as data: Regeling procesgang
 * art. 6 lid 1 a-l, grouped as UWV's model parts, plus what UWV expects in practice.
 * Medical information is tracked only as "sent to UWV on a date", never its content.
 */
#include "dossier.h"
#include "law.h"

#include <string.h>

#define JCI_RP6 JCI_RP "&artikel=6&lid=1"

const struct poort_item_def poort_items[I_COUNT] = {
	[I_ADMINISTRATIEVE_GEGEVENS] = {"ADMINISTRATIEVE_GEGEVENS", "a",
		{"Administratieve gegevens", "Administrative data"}, POORT_ACTOR_WERKGEVER,
		{"administratieve gegevens van werknemer, werkgever en bedrijfsarts of arbodienst",
		 "administrative data of employee, employer and bedrijfsarts or arbodienst"},
		{"art. 6 lid 1 onder a " CITE_RP, CITE_RP ", art. 6(1)(a)"}, JCI_RP6,
		M_REINTEGRATIEVERSLAG, POORT_REQ_REGELING, 1, 1},
	[I_AARD_VAN_HET_BEDRIJF] = {"AARD_VAN_HET_BEDRIJF", "b",
		{"Aard van het bedrijf", "Nature of the business"}, POORT_ACTOR_WERKGEVER,
		{"de aard van het bedrijf van de werkgever", "the nature of the employer's business"},
		{"art. 6 lid 1 onder b " CITE_RP, CITE_RP ", art. 6(1)(b)"}, JCI_RP6,
		M_REINTEGRATIEVERSLAG, POORT_REQ_REGELING, 0, 1},
	[I_FUNCTIE] = {"FUNCTIE", "c",
		{"Functie van de werknemer", "The employee's job"}, POORT_ACTOR_WERKGEVER,
		{"de functie van de werknemer", "the employee's job (functie)"},
		{"art. 6 lid 1 onder c " CITE_RP, CITE_RP ", art. 6(1)(c)"}, JCI_RP6,
		M_REINTEGRATIEVERSLAG, POORT_REQ_REGELING, 1, 1},
	[I_BEKWAAMHEDEN] = {"BEKWAAMHEDEN", "d",
		{"Bekwaamheden van de werknemer", "The employee's skills"}, POORT_ACTOR_WERKGEVER,
		{"de bekwaamheden van de werknemer", "the employee's skills (bekwaamheden)"},
		{"art. 6 lid 1 onder d " CITE_RP, CITE_RP ", art. 6(1)(d)"}, JCI_RP6,
		M_REINTEGRATIEVERSLAG, POORT_REQ_REGELING, 0, 1},
	[I_EERSTE_ZIEKTEDAG] = {"EERSTE_ZIEKTEDAG", "e",
		{"Eerste ziektedag", "First day of sickness"}, POORT_ACTOR_WERKGEVER,
		{"de eerste dag van ongeschiktheid wegens ziekte", "the first day of sickness"},
		{"art. 6 lid 1 onder e " CITE_RP, CITE_RP ", art. 6(1)(e)"}, JCI_RP6,
		M_REINTEGRATIEVERSLAG, POORT_REQ_REGELING, 1, 1},
	[I_PROBLEEMANALYSE] = {"PROBLEEMANALYSE", "f",
		{"Probleemanalyse en advies van de bedrijfsarts", "Bedrijfsarts's probleemanalyse and advice"}, POORT_ACTOR_BEDRIJFSARTS,
		{"oordeel en advies van de bedrijfsarts (probleemanalyse) en later advies tot bijstelling",
		 "the bedrijfsarts's probleemanalyse and advice, and later advice to adjust the plan"},
		{"art. 6 lid 1 onder f " CITE_RP, CITE_RP ", art. 6(1)(f)"}, JCI_RP6,
		M_PROBLEEMANALYSE, POORT_REQ_REGELING, 1},
	[I_PLAN_VAN_AANPAK] = {"PLAN_VAN_AANPAK", "g",
		{"Plan van aanpak en bijstellingen", "Plan van aanpak and its bijstellingen"}, POORT_ACTOR_WERKGEVER | POORT_ACTOR_WERKNEMER,
		{"het plan van aanpak en elke bijstelling", "the plan van aanpak and every bijstelling"},
		{"art. 6 lid 1 onder g " CITE_RP, CITE_RP ", art. 6(1)(g)"}, JCI_RP6,
		M_PLAN_VAN_AANPAK, POORT_REQ_REGELING, 1},
	[I_EERSTEJAARSEVALUATIE] = {"EERSTEJAARSEVALUATIE", "h",
		{"Eerstejaarsevaluatie", "First-year evaluation"}, POORT_ACTOR_WERKGEVER | POORT_ACTOR_WERKNEMER,
		{"de evaluatie aan het einde van het eerste ziektejaar", "the first-year evaluation"},
		{"art. 6 lid 1 onder h " CITE_RP, CITE_RP ", art. 6(1)(h)"}, JCI_RP6,
		M_EERSTEJAARSEVALUATIE, POORT_REQ_REGELING, 0},
	[I_EINDEVALUATIE] = {"EINDEVALUATIE", "h",
		{"Eindevaluatie", "Final evaluation (eindevaluatie)"}, POORT_ACTOR_WERKGEVER | POORT_ACTOR_WERKNEMER,
		{"de meest recente evaluatie van het plan van aanpak (eindevaluatie)",
		 "the most recent evaluation of the plan van aanpak (eindevaluatie)"},
		{"art. 6 lid 1 onder h " CITE_RP, CITE_RP ", art. 6(1)(h)"}, JCI_RP6,
		M_EINDEVALUATIE, POORT_REQ_REGELING, 0},
	[I_OORDEEL_ARBEIDSRELATIE] = {"OORDEEL_ARBEIDSRELATIE", "i",
		{"Oordeel over de arbeidsrelatie", "Opinion on the working relationship"}, POORT_ACTOR_WERKGEVER | POORT_ACTOR_BEDRIJFSARTS,
		{"actueel oordeel van werkgever en bedrijfsarts over de kwaliteit van de arbeidsrelatie",
		 "current opinion of employer and bedrijfsarts on the working relationship"},
		{"art. 6 lid 1 onder i " CITE_RP, CITE_RP ", art. 6(1)(i)"}, JCI_RP6,
		M_ACTUEEL_OORDEEL, POORT_REQ_REGELING, 0, 1},
	[I_ACTUEEL_OORDEEL] = {"ACTUEEL_OORDEEL", "j",
		{"Actueel oordeel van de bedrijfsarts", "Bedrijfsarts's current opinion"}, POORT_ACTOR_BEDRIJFSARTS,
		{"actueel oordeel van de bedrijfsarts over het verloop van de ongeschiktheid, de "
		 "beperkingen en mogelijkheden",
		 "current opinion of the bedrijfsarts on the course of the incapacity, the limitations "
		 "and possibilities"},
		{"art. 6 lid 1 onder j " CITE_RP, CITE_RP ", art. 6(1)(j)"}, JCI_RP6,
		M_ACTUEEL_OORDEEL, POORT_REQ_REGELING, 1, 1},
	[I_OORDEEL_PASSENDE_ARBEID] = {"OORDEEL_PASSENDE_ARBEID", "k",
		{"Oordeel over passende arbeid", "Opinion on suitable work"}, POORT_ACTOR_BEDRIJFSARTS | POORT_ACTOR_WERKGEVER,
		{"actueel oordeel van bedrijfsarts en werkgever over passende arbeid bij de werkgever",
		 "current opinion of bedrijfsarts and employer on suitable work at the employer"},
		{"art. 6 lid 1 onder k " CITE_RP, CITE_RP ", art. 6(1)(k)"}, JCI_RP6,
		M_ACTUEEL_OORDEEL, POORT_REQ_REGELING, 0, 1},
	[I_OORDEEL_WERKNEMER] = {"OORDEEL_WERKNEMER", "l",
		{"Oordeel van de werknemer", "The employee's own opinion"}, POORT_ACTOR_WERKNEMER,
		{"het oordeel van de werknemer over onderdelen a tot en met k",
		 "the employee's own opinion of items a-k"},
		{"art. 6 lid 1 onder l " CITE_RP, CITE_RP ", art. 6(1)(l)"}, JCI_RP6,
		M_REINTEGRATIEVERSLAG, POORT_REQ_REGELING, 1, 1},
	[I_MEDISCHE_INFORMATIE] = {"MEDISCHE_INFORMATIE", "",
		{"Medische informatie aan UWV", "Medical information to UWV"}, POORT_ACTOR_WERKNEMER | POORT_ACTOR_BEDRIJFSARTS,
		{"medische informatie door werknemer of bedrijfsarts rechtstreeks aan UWV gestuurd "
		 "(alleen de datum; nooit de inhoud)",
		 "medical information sent by the employee or bedrijfsarts directly to UWV (the date "
		 "only, never the content)"},
		{"UWV-praktijk: medisch deel van het re-integratieverslag; art. 65 Wet WIA",
		 "UWV practice: the medical part of the re-integratieverslag; WIA art. 65"},
		JCI_WIA "&artikel=65", M_WIA_AANVRAAG, POORT_REQ_PRACTICE, 0},
};

int poort_item_lookup(const char *id)
{
	for (int i = 0; i < I_COUNT; i++)
		if (strcmp(poort_items[i].id, id) == 0)
			return i;
	return -1;
}
