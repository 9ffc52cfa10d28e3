"""poortwachter.catalogue() and Timeline.svg(): the rule catalogue without a case, and the
drawing of a computed timeline.

Expected values come from the rules (spec = shared spec rules.md of the project): §3 the
fifteen milestone ids, PROBLEEMANALYSE on sick day 42 under Regeling procesgang art. 2
lid 2 (BWBR0013540), EVALUATIE every 42 days from the plan van aanpak; §1 104 weeks of 7
days; §4.1 the adult hourly minimum wage of 1 January 2024, EUR 13,27; §5 art. 6 lid 1
onderdeel f is the probleemanalyse.
"""

import datetime as dt
import gc
import unittest
import xml.dom.minidom
from decimal import Decimal

import poortwachter as pw

IDS = {"ZIEKMELDING_ARBODIENST", "PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "EVALUATIE",
       "MELDING_UWV_42", "EERSTEJAARSEVALUATIE", "SPOOR2_BESLUIT", "UWV_WIA_BRIEF",
       "ACTUEEL_OORDEEL", "EINDEVALUATIE", "REINTEGRATIEVERSLAG", "WIA_AANVRAAG",
       "EINDE_WACHTTIJD", "EINDE_LOONSANCTIE", "EINDE_DIENSTVERBAND_MELDING"}


class Catalogue(unittest.TestCase):
    def test_milestones(self):
        cat = pw.catalogue(lang="en")
        self.assertEqual({m.id for m in cat.milestones}, IDS)
        pa = cat.milestone("PROBLEEMANALYSE")
        self.assertEqual((pa.rule, pa.rule_text, pa.kind), ("sick_day", "sick day 42", "statutory"))
        self.assertEqual(pa.url, "https://wetten.overheid.nl/jci1.3:c:BWBR0013540&artikel=2&lid=2")
        self.assertIn("every 42 days from PLAN_VAN_AANPAK", cat.milestone("EVALUATIE").rule_text)
        self.assertEqual(pw.catalogue(lang="nl").milestone("PROBLEEMANALYSE").rule_text, "ziektedag 42")
        with self.assertRaises(KeyError):
            cat.milestone("DERTIENDE_WEEK")
        with self.assertRaises(pw.LanguageError):
            pw.catalogue(lang="de")

    def test_same_rows_as_a_timeline(self):
        case = pw.Case()
        case.add_period(dt.date(2026, 1, 1))
        cat = pw.catalogue(lang="en")
        for m in case.timeline(dt.date(2026, 3, 1), lang="en"):
            c = cat.milestone(m.id)
            self.assertEqual((c.title, c.basis, c.juriconnect, c.kind), (m.title, m.basis, m.juriconnect, m.kind))

    def test_items_constants_tables(self):
        cat = pw.catalogue()
        pa = [i for i in cat.items if i.id == "PROBLEEMANALYSE"]
        self.assertEqual([(i.onderdeel, i.milestone) for i in pa], [("f", "PROBLEEMANALYSE")])
        consts = {c.name: c.value for c in cat.constants}
        self.assertEqual((consts["LAW_WACHTTIJD_WEEKS"], consts["LAW_WEEK_DAYS"]), (104, 7))
        row = [r for r in cat.tables if r.table == "wml_hour" and r.valid_from == dt.date(2024, 1, 1)]
        self.assertEqual([(r.age, r.value) for r in row], [(None, Decimal("13.27"))])
        params = pw.Params()
        params.add_min_wage_hour(dt.date(2030, 1, 1), Decimal("20.00"))
        added = pw.catalogue(params=params).tables
        self.assertEqual(len(added), len(cat.tables) + 1)
        self.assertIn(("wml_hour", dt.date(2030, 1, 1), "added by the host"),
                      [(r.table, r.valid_from, r.source) for r in added])


class Drawing(unittest.TestCase):
    def test_svg_in_both_languages(self):
        case = pw.Case()
        case.add_period(dt.date(2026, 1, 1))
        tl = case.timeline(dt.date(2026, 3, 1))
        nl, en = tl.svg("nl"), tl.svg("en")
        case.record_done("PROBLEEMANALYSE", dt.date(2026, 2, 1))  # the timeline as computed is drawn
        for text in (nl, en):
            xml.dom.minidom.parseString(text)
            self.assertTrue(text.startswith("<svg"))
        self.assertNotEqual(nl, en)
        self.assertEqual(tl.svg("en"), en)
        with self.assertRaises(pw.LanguageError):
            tl.svg("fr")
        del tl
        gc.collect()


if __name__ == "__main__":
    unittest.main()
