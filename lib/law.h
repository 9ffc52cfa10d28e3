/*
 * The statutory numbers the library computes with, each named once with the article it
 * comes from, and the citations that messages and explanations print. Code uses these
 * names, never the bare numbers. The due dates of the milestones are rules with their own
 * citations in the milestone table (milestones.c); the dated amounts (minimum wage, Wfsv
 * maximum) are rows in params.c.
 *
 * Law texts: wetten.overheid.nl, by BWB id (juriconnect "jci1.3:c:<BWB id>&artikel=N&lid=M").
 */
#ifndef POORT_LAW_H
#define POORT_LAW_H

/* ------------------------------------------------------------------ counting */

/* Weeks are counted in calendar days from the first sick day (spec 1). */
#define LAW_WEEK_DAYS 7

/* ------------------------------------------------------- the wachttijd, merging */

/* The wachttijd: 104 weeks of sickness, so sick days 1 ... 728 (WIA art. 23 lid 1;
 * BW 7:629 lid 1). */
#define LAW_WACHTTIJD_WEEKS 104
#define LAW_WACHTTIJD_DAYS (LAW_WACHTTIJD_WEEKS * LAW_WEEK_DAYS)

/* Periods of sickness separated by less than four weeks are one case (BW 7:629 lid 10;
 * WIA art. 23 lid 3): an interruption of this many days starts a new case. */
#define LAW_MERGE_GAP_DAYS (4 * LAW_WEEK_DAYS)

/* --------------------------------------------------------- wage continuation */

/* The first year of wage continuation: the first 52 weeks, sick days 1 ... 364, in which
 * the amount is at least the minimum wage (BW 7:629 lid 1). Year 2 starts on sick day 365. */
#define LAW_YEAR1_DAYS (52 * LAW_WEEK_DAYS)

/* The statutory continuation: 70% of the wage (BW 7:629 lid 1), in basis points. */
#define LAW_CONTINUATION_BP 7000

/* Waiting days agreed in writing: at most two, once per case (BW 7:629 lid 9). */
#define LAW_WAITING_DAYS_MAX 2

/* After AOW age only six weeks of continuation, from the AOW date or from the first sick
 * day when that is later (BW 7:629 lid 2 onder b). A sickness that began before 1 July 2023
 * keeps thirteen weeks: art. VIIIA lid 1 and lid 4 Wet werken na de AOW-gerechtigde leeftijd
 * (BWBR0037099), the tijdstip set by koninklijk besluit, Stb. 2023, 169. "Began" is the first
 * day of the merged case (BW 7:629 lid 10). Not modelled: lid 1 onder b keeps six weeks for a
 * domestic worker (BW 7:629 lid 2 onder a), for whom the library has no input. */
#define LAW_AOW_DAYS (6 * LAW_WEEK_DAYS)
#define LAW_AOW_BEFORE_DAYS (13 * LAW_WEEK_DAYS)
#define LAW_AOW_SIX_WEEKS_FROM 19539 /* 2023-07-01 in days since 1970-01-01 */

/* The Wfsv maximum is a daily amount (Wfsv art. 17 lid 1); a month has 261 / 12 = 21,75 of
 * those days, written here as a fraction because amounts are exact rationals. */
#define LAW_CAP_DAYS_PER_MONTH_NUM 87
#define LAW_CAP_DAYS_PER_MONTH_DEN 4
#define LAW_CAP_DAYS_PER_MONTH_TEXT "21,75"

/* The monthly minimum wage from the hourly one: hours a week x 52 weeks / 12 months = x 13/3
 * (spec 4: hourly minimum wage since 1 January 2024, WML art. 8). */
#define LAW_WEEKS_PER_MONTH_NUM 13
#define LAW_WEEKS_PER_MONTH_DEN 3

/* The WML minimum youth wage applies from 15 to 20 years; from 21 the adult minimum wage
 * (WML art. 7 and 8). Under 15 the WML does not apply. */
#define LAW_WML_ADULT_AGE 21
#define LAW_WML_MIN_AGE 15

/* Not law: the 2004 social-partner agreement that the two years together pay at most 170%.
 * Reported as a warning, never applied (spec 4). In basis points per year. */
#define AGREEMENT_170_BP 17000

/* --------------------------------------------------------------- loonsanctie */

/* UWV extends the wage obligation by at most 52 weeks (WIA art. 25 lid 9). */
#define LAW_LOONSANCTIE_MAX_WEEKS 52

/* UWV decides on a loonsanctie "uiterlijk zes weken voor de afloop van de wachttijd" (WIA
 * art. 25 lid 10): with the reading of "N weeks before" the milestone table uses for "dertien
 * weken" (E - 92) and "elf weken" (E - 78), the last day is the end of week 98, E - 43. A later
 * decision ends the loonsanctie that many days earlier (lid 14, second sentence). */
#define LAW_LS_DECISION_BEFORE_DAYS (6 * LAW_WEEK_DAYS + 1)

/* After a bekorting decision the loonsanctie ends six weeks later, when that is earlier
 * (WIA art. 25 lid 14). */
#define LAW_BEKORTING_DAYS (6 * LAW_WEEK_DAYS)

/* -------------------------------------------------------------------- dossier */

/* No re-integratieverslag for a sickness of less than six weeks; the shorter one when
 * employment ended after six to ten weeks of sickness (Regeling procesgang art. 6 lid 2). */
#define LAW_RIV_MIN_SICK_DAYS (6 * LAW_WEEK_DAYS)
#define LAW_RIV_SHORT_MAX_SICK_DAYS (10 * LAW_WEEK_DAYS)

/* ------------------------------------------------------------ as a catalogue */

/* Every constant above with its citation, for the catalogue (poort_catalogue_constant_*):
 * X(name, citation). The values are the macros themselves, never repeated here. */
#define LAW_CONSTANTS(X) \
	X(LAW_WEEK_DAYS, "spec 1: weeks are counted in calendar days from the first sick day") \
	X(LAW_WACHTTIJD_WEEKS, "WIA art. 23 lid 1; BW 7:629 lid 1") \
	X(LAW_WACHTTIJD_DAYS, "WIA art. 23 lid 1; BW 7:629 lid 1") \
	X(LAW_MERGE_GAP_DAYS, "BW 7:629 lid 10; WIA art. 23 lid 3") \
	X(LAW_YEAR1_DAYS, "BW 7:629 lid 1") \
	X(LAW_CONTINUATION_BP, "BW 7:629 lid 1") \
	X(LAW_WAITING_DAYS_MAX, "BW 7:629 lid 9") \
	X(LAW_AOW_DAYS, "BW 7:629 lid 2 onder b") \
	X(LAW_AOW_BEFORE_DAYS, "art. VIIIA lid 1 en 4 Wet werken na de AOW-gerechtigde leeftijd") \
	X(LAW_AOW_SIX_WEEKS_FROM, "Stb. 2023, 169: six weeks for a sickness from 2023-07-01 (a day number)") \
	X(LAW_CAP_DAYS_PER_MONTH_NUM, "Wfsv art. 17 lid 1 (261 / 12 days a month, numerator)") \
	X(LAW_CAP_DAYS_PER_MONTH_DEN, "Wfsv art. 17 lid 1 (261 / 12 days a month, denominator)") \
	X(LAW_WEEKS_PER_MONTH_NUM, "WML art. 8 (52 / 12 weeks a month, numerator)") \
	X(LAW_WEEKS_PER_MONTH_DEN, "WML art. 8 (52 / 12 weeks a month, denominator)") \
	X(LAW_WML_ADULT_AGE, "WML art. 7 and 8") \
	X(LAW_WML_MIN_AGE, "WML art. 7") \
	X(AGREEMENT_170_BP, "not law: the 2004 social-partner agreement (a warning only)") \
	X(LAW_LOONSANCTIE_MAX_WEEKS, "WIA art. 25 lid 9") \
	X(LAW_LS_DECISION_BEFORE_DAYS, "WIA art. 25 lid 10 (E - 43: the end of week 98)") \
	X(LAW_BEKORTING_DAYS, "WIA art. 25 lid 14") \
	X(LAW_RIV_MIN_SICK_DAYS, "Regeling procesgang art. 6 lid 2") \
	X(LAW_RIV_SHORT_MAX_SICK_DAYS, "Regeling procesgang art. 6 lid 2")

/* ------------------------------------------------------------------ citations */

/* Long names and juriconnect ids the catalogues (milestones.c, dossier_items.c) cite. */
#define CITE_RP "Regeling procesgang eerste en tweede ziektejaar"
#define JCI_RP "jci1.3:c:BWBR0013540"
#define JCI_WIA "jci1.3:c:BWBR0019057"
#define JCI_ZW "jci1.3:c:BWBR0001888"

/* Short citations in messages and explanations; _NL and _EN where the two languages cite
 * differently. */
#define CITE_WIA_24_NL "art. 24 Wet WIA"
#define CITE_WIA_24_EN "WIA art. 24"
#define CITE_WIA_25_9 "WIA art. 25 lid 9"
#define CITE_WIA_25_11 "WIA art. 25 lid 11"
#define CITE_WIA_25_10_14_NL "art. 25 lid 10 en lid 14 Wet WIA"
#define CITE_WIA_25_10_14_EN "WIA art. 25 lid 10 and lid 14"
#define CITE_BW_629_11A_NL "art. 7:629 lid 11 onder a BW"
#define CITE_BW_629_11A_EN "Civil Code art. 7:629(11)(a)"
#define CITE_RP_5_NL "art. 5 Regeling procesgang"
#define CITE_RP_5_EN "Regeling procesgang art. 5"
#define CITE_BW_629_2 "BW 7:629 lid 2"
#define CITE_AOW_VIIIA_4 "art. VIIIA lid 4 Wet werken na de AOW-gerechtigde leeftijd"
#define CITE_BW_629_9 "BW 7:629 lid 9"
#define CITE_ATW_3 "Atw art. 3"

/* A number as text, for static texts ("1 to " LAW_TEXT(52) " weeks"). */
#define LAW_TEXT_(x) #x
#define LAW_TEXT(x) LAW_TEXT_(x)

#endif
