// The example case of tests/package/reference.c, from Go through cgo: timeline, timeline
// JSON, dossier, wage continuation and a calendar feed written through a callback, printed in
// the same format. `meson test` compares the output with the C program's byte for byte.
//
//	PKG_CONFIG_PATH=../../build/meson-uninstalled go build -o example .
//	LD_LIBRARY_PATH=../../build/lib ./example
package main

/*
#include <poortwachter.h>
*/
import "C"

import (
	"bufio"
	"fmt"
	"os"
)

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func date(text string) C.int32_t {
	d, err := parseDate(text)
	check(err)
	return d
}

func makeCase(out *bufio.Writer) *poortCase {
	pc, err := newCase()
	check(err)
	st := C.poort_case_add_period(pc.c, date("2026-03-01"), date("2026-02-01"))
	fmt.Fprintf(out, "error %d %s | %s\n", st, C.GoString(C.poort_status_str(st)), pc.errmsg())
	check(pc.setID("zaak-0042"))
	check(statusError(C.poort_case_add_period(pc.c, date("2026-01-05"), date("2026-01-20")), "period"))
	check(statusError(C.poort_case_add_period(pc.c, date("2026-02-09"), dateNone), "period"))
	check(pc.recordDone("PROBLEEMANALYSE", date("2026-02-13")))
	check(pc.recordDone("PLAN_VAN_AANPAK", date("2026-03-02")))
	check(pc.recordItem("PROBLEEMANALYSE", date("2026-02-13")))
	check(pc.recordItem("FUNCTIE", date("2026-03-10")))
	check(statusError(C.poort_case_set_wage(pc.c, 230000, 3200), "wage"))
	check(statusError(C.poort_case_set_age(pc.c, 30), "age"))
	return pc
}

func printTimeline(out *bufio.Writer, pc *poortCase, today C.int32_t) {
	var t *C.poort_timeline
	check(statusError(C.poort_timeline_compute(pc.c, today, 14, &t), "timeline"))
	defer C.poort_timeline_free(t)
	count := C.poort_timeline_count(t)
	fmt.Fprintf(out, "timeline %d %s %s %s\n", count, formatDate(C.poort_timeline_first_sick_day(t)),
		formatDate(C.poort_timeline_wachttijd_end(t)), formatDate(C.poort_timeline_wage_end(t)))
	for i := C.size_t(0); i < count; i++ {
		why, err := explainLine(func(buf *C.char, size C.size_t) C.int32_t {
			return C.poort_milestone_explain(t, i, langEN, buf, size)
		})
		check(err)
		fmt.Fprintf(out, "%s %s %d %s %s | %s | %s\n", formatDate(C.poort_milestone_due(t, i)),
			C.GoString(C.poort_milestone_id(t, i)), C.poort_milestone_occurrence(t, i),
			C.GoString(C.poort_status_name(C.poort_milestone_status(t, i))),
			C.GoString(C.poort_kind_name(C.poort_milestone_kind(t, i))),
			C.GoString(C.poort_milestone_title(t, i, langNL)), why)
	}
	var json *C.char
	var n C.size_t
	check(statusError(C.poort_timeline_json(t, langEN, &json, &n), "json"))
	fmt.Fprintf(out, "json %d\n", n)
	out.WriteString(takeText(json, n))
}

func printDossier(out *bufio.Writer, pc *poortCase, today C.int32_t) {
	var d *C.poort_dossier
	check(statusError(C.poort_dossier_compute(pc.c, today, &d), "dossier"))
	defer C.poort_dossier_free(d)
	count := C.poort_dossier_count(d)
	fmt.Fprintf(out, "dossier %s %d %d %d\n", C.GoString(C.poort_riv_variant_name(C.poort_dossier_variant(d))),
		C.poort_dossier_complete_bp(d), C.poort_dossier_can_submit(d), count)
	for i := C.size_t(0); i < count; i++ {
		fmt.Fprintf(out, "%s %s %s\n", C.GoString(C.poort_dossier_item_id(d, i)),
			C.GoString(C.poort_item_state_name(C.poort_dossier_item_state(d, i))),
			formatDate(C.poort_dossier_item_due(d, i)))
	}
}

func printWage(out *bufio.Writer, pc *poortCase) {
	var w *C.poort_wage
	check(statusError(C.poort_wage_compute(pc.c, nil, dateNone, dateNone, &w), "wage"))
	defer C.poort_wage_free(w)
	count := C.poort_wage_month_count(w)
	fmt.Fprintf(out, "wage %d %d\n", C.poort_wage_total(w), count)
	for i := C.size_t(0); i < count; i++ {
		why, err := explainLine(func(buf *C.char, size C.size_t) C.int32_t {
			return C.poort_wage_month_explain(w, i, langNL, buf, size)
		})
		check(err)
		fmt.Fprintf(out, "%s %d %s | %s\n", formatDate(C.poort_wage_month_first(w, i)),
			C.poort_wage_month_amount(w, i), C.GoString(C.poort_regime_name(C.poort_wage_month_regime(w, i))), why)
	}
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	pc := makeCase(out)
	defer pc.Close()
	today := date("2026-11-23")
	printTimeline(out, pc, today)
	printDossier(out, pc, today)
	printWage(out, pc)
	text, events, err := writeFeed(pc, feedSettings{
		dtstamp:   1795420800, // 2026-11-23T08:00:00Z
		name:      "Verzuim \u2013 team Zuid",
		alarmDays: 7,
		include:   feedDossier | feedWage,
	})
	check(err)
	fmt.Fprintf(out, "feed %d %d\n", events, len(text))
	out.Write(text)
	check(out.Flush())
}
