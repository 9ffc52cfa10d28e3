// The example case of tests/package/reference.c, from Java through JNA: timeline, timeline
// JSON, dossier, wage continuation and a calendar feed written through a callback, printed in
// the same format. `meson test` compares the output with the C program's byte for byte.
//   javac -cp /usr/share/java/jna.jar -d out *.java
//   java -cp out:/usr/share/java/jna.jar -Djna.library.path=LIBDIR Example
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;

public final class Example {
	private static final Poortwachter P = Poortwachter.LIB;
	// the bytes themselves, UTF-8: System.out would encode with the platform's charset
	private static final OutputStream OUT = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));

	private static void raw(byte[] bytes) throws IOException { OUT.write(bytes); }
	private static void line(String s) throws IOException { raw((s + "\n").getBytes(StandardCharsets.UTF_8)); }

	private static void check(int status, String what) {
		if (status != 0)
			throw new IllegalStateException(what + ": " + P.poort_status_str(status));
	}

	private static int date(String text) {
		IntByReference d = new IntByReference();
		check(P.poort_date_parse(Poortwachter.utf8(text), d), text);
		return d.getValue();
	}

	private static String fmt(int d) {
		byte[] buf = new byte[Poortwachter.DATE_BUFSIZE];
		if (d == Poortwachter.DATE_NONE || P.poort_date_format(d, buf, new Poortwachter.SizeT(buf.length)) != 0)
			return "-";
		return new String(buf, 0, 10, StandardCharsets.US_ASCII);
	}

	/** A function with snprintf semantics: asked for the length first, then filled. */
	private interface Explain {
		int call(byte[] buf, Poortwachter.SizeT size);
	}

	private static String text(Explain explain) {
		int n = explain.call(null, new Poortwachter.SizeT(0));
		check(n < 0 ? n : 0, "explain");
		byte[] buf = new byte[n + 1];
		explain.call(buf, new Poortwachter.SizeT(buf.length));
		return new String(buf, 0, n, StandardCharsets.UTF_8);
	}

	private static Poortwachter.Case makeCase() throws IOException {
		Poortwachter.Case c = P.poort_case_new();
		if (c == null)
			throw new OutOfMemoryError("poort_case_new");
		int st = P.poort_case_add_period(c, date("2026-03-01"), date("2026-02-01"));
		line("error " + st + " " + P.poort_status_str(st) + " | " + P.poort_case_errmsg(c));
		check(P.poort_case_set_id(c, Poortwachter.utf8("zaak-0042")), "id");
		check(P.poort_case_add_period(c, date("2026-01-05"), date("2026-01-20")), "period");
		check(P.poort_case_add_period(c, date("2026-02-09"), Poortwachter.DATE_NONE), "period");
		check(P.poort_case_record_done(c, Poortwachter.utf8("PROBLEEMANALYSE"), date("2026-02-13")), "done");
		check(P.poort_case_record_done(c, Poortwachter.utf8("PLAN_VAN_AANPAK"), date("2026-03-02")), "done");
		check(P.poort_case_record_item(c, Poortwachter.utf8("PROBLEEMANALYSE"), date("2026-02-13")), "item");
		check(P.poort_case_record_item(c, Poortwachter.utf8("FUNCTIE"), date("2026-03-10")), "item");
		check(P.poort_case_set_wage(c, 230000, 3200), "wage");
		check(P.poort_case_set_age(c, 30), "age");
		return c;
	}

	private static void printTimeline(Poortwachter.Case c, int today) throws IOException {
		PointerByReference out = new PointerByReference();
		check(P.poort_timeline_compute(c, today, 14, out), "timeline");
		Poortwachter.Timeline t = new Poortwachter.Timeline(out.getValue());
		try {
			long count = P.poort_timeline_count(t).longValue();
			line("timeline " + count + " " + fmt(P.poort_timeline_first_sick_day(t)) + " "
					+ fmt(P.poort_timeline_wachttijd_end(t)) + " " + fmt(P.poort_timeline_wage_end(t)));
			for (long k = 0; k < count; k++) {
				Poortwachter.SizeT i = new Poortwachter.SizeT(k);
				line(fmt(P.poort_milestone_due(t, i)) + " " + P.poort_milestone_id(t, i) + " "
						+ P.poort_milestone_occurrence(t, i) + " "
						+ P.poort_status_name(P.poort_milestone_status(t, i)) + " "
						+ P.poort_kind_name(P.poort_milestone_kind(t, i)) + " | "
						+ P.poort_milestone_title(t, i, Poortwachter.LANG_NL) + " | "
						+ text((buf, size) -> P.poort_milestone_explain(t, i, Poortwachter.LANG_EN, buf, size)));
			}
			PointerByReference json = new PointerByReference();
			Poortwachter.SizeTByReference len = new Poortwachter.SizeTByReference();
			check(P.poort_timeline_json(t, Poortwachter.LANG_EN, json, len), "json");
			try {
				line("json " + len.getValue());
				raw(json.getValue().getByteArray(0, Math.toIntExact(len.getValue())));
			} finally {
				P.poort_free(json.getValue()); // the library's text: its own free function
			}
		} finally {
			P.poort_timeline_free(t);
		}
	}

	private static void printDossier(Poortwachter.Case c, int today) throws IOException {
		PointerByReference out = new PointerByReference();
		check(P.poort_dossier_compute(c, today, out), "dossier");
		Poortwachter.Dossier d = new Poortwachter.Dossier(out.getValue());
		try {
			long count = P.poort_dossier_count(d).longValue();
			line("dossier " + P.poort_riv_variant_name(P.poort_dossier_variant(d)) + " "
					+ P.poort_dossier_complete_bp(d) + " " + P.poort_dossier_can_submit(d) + " " + count);
			for (long k = 0; k < count; k++) {
				Poortwachter.SizeT i = new Poortwachter.SizeT(k);
				line(P.poort_dossier_item_id(d, i) + " " + P.poort_item_state_name(P.poort_dossier_item_state(d, i))
						+ " " + fmt(P.poort_dossier_item_due(d, i)));
			}
		} finally {
			P.poort_dossier_free(d);
		}
	}

	private static void printWage(Poortwachter.Case c) throws IOException {
		PointerByReference out = new PointerByReference();
		check(P.poort_wage_compute(c, null, Poortwachter.DATE_NONE, Poortwachter.DATE_NONE, out), "wage");
		Poortwachter.Wage w = new Poortwachter.Wage(out.getValue());
		try {
			long count = P.poort_wage_month_count(w).longValue();
			line("wage " + P.poort_wage_total(w) + " " + count);
			for (long k = 0; k < count; k++) {
				Poortwachter.SizeT i = new Poortwachter.SizeT(k);
				line(fmt(P.poort_wage_month_first(w, i)) + " " + P.poort_wage_month_amount(w, i) + " "
						+ P.poort_regime_name(P.poort_wage_month_regime(w, i)) + " | "
						+ text((buf, size) -> P.poort_wage_month_explain(w, i, Poortwachter.LANG_NL, buf, size)));
			}
		} finally {
			P.poort_wage_free(w);
		}
	}

	private static void printFeed(Poortwachter.Case c) throws IOException {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		// The library calls this until poort_feed_end returns. JNA keeps only a weak reference
		// to a callback: hold it (reachabilityFence below), or the collector frees the native
		// stub and the next call crashes the JVM.
		Poortwachter.WriteFn write = (ctx, data, len) -> {
			text.writeBytes(data.getByteArray(0, Math.toIntExact(len.longValue())));
			return 0;
		};
		Poortwachter.Feed f = P.poort_feed_new();
		if (f == null)
			throw new OutOfMemoryError("poort_feed_new");
		try {
			check(P.poort_feed_set_dtstamp(f, 1795420800L), "dtstamp"); // 2026-11-23T08:00:00Z
			check(P.poort_feed_set_name(f, Poortwachter.utf8("Verzuim \u2013 team Zuid")), "name");
			check(P.poort_feed_set_alarm_days(f, 7), "alarm");
			check(P.poort_feed_set_include(f, Poortwachter.FEED_DOSSIER | Poortwachter.FEED_WAGE), "include");
			check(P.poort_feed_begin(f, write, null), "begin");
			check(P.poort_feed_add_case(f, c), "add case");
			check(P.poort_feed_end(f), "end");
			Reference.reachabilityFence(write);
			line("feed " + P.poort_feed_event_count(f) + " " + text.size());
			raw(text.toByteArray());
		} finally {
			P.poort_feed_free(f);
		}
	}

	public static void main(String[] args) throws IOException {
		Poortwachter.Case c = makeCase();
		try {
			int today = date("2026-11-23");
			printTimeline(c, today);
			printDossier(c, today);
			printWage(c);
			printFeed(c);
		} finally {
			P.poort_case_free(c);
		}
		OUT.flush();
	}
}
