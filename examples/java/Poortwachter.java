// JNA declarations for the part of poortwachter.h the example uses; add the functions you need
// in the same style.
//
// - Strings are UTF-8 both ways, whatever the platform's charset (a Windows code page, or
//   ASCII under LANG=C). JNA 5.13 applies OPTION_STRING_ENCODING to returned strings only;
//   String arguments use the jna.encoding property or the platform's charset. So text going
//   in is a NUL-terminated UTF-8 byte[] (utf8 below), and returned strings are decoded as
//   UTF-8 through the load option.
// - size_t is SizeT below, 8 bytes on 64-bit and 4 on 32-bit platforms. JNA has no size_t, and
//   `long` (always 8 bytes in Java) is wrong on 32-bit platforms and for Windows' `long`.
// - A returned `const char *` may be declared String: JNA copies it and frees nothing, which
//   is right, as these strings are static or belong to a library object. Text handed over
//   through `char **` (JSON, a feed) arrives as a Pointer, is copied, then freed with
//   poort_free.
// - Objects are PointerType subclasses, each freed with its own free function.
import com.sun.jna.Callback;
import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.ptr.ByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.Map;

// "poortwachter" is found as libpoortwachter.so or libpoortwachter.so.1 on Linux (JNA also
// tries versioned names) and libpoortwachter.dylib on macOS; on Windows meson names the DLL
// libpoortwachter-1.dll (mingw-w64) or poortwachter-1.dll (MSVC), so load that name there.
// -Djna.library.path adds a folder the system does not search.
public interface Poortwachter extends Library {
	Poortwachter LIB = Native.load("poortwachter", Poortwachter.class,
			Map.of(Library.OPTION_STRING_ENCODING, "UTF-8"));

	int DATE_NONE = Integer.MIN_VALUE; // POORT_DATE_NONE
	int LANG_NL = 0, LANG_EN = 1;
	int FEED_DOSSIER = 1, FEED_WAGE = 2;
	int DATE_BUFSIZE = 11;

	/** size_t: as wide as the platform's (Native.SIZE_T_SIZE), unsigned. */
	final class SizeT extends IntegerType {
		private static final long serialVersionUID = 1L;
		public SizeT() { this(0); }
		public SizeT(long value) { super(Native.SIZE_T_SIZE, value, true); }
	}

	/** A size_t the library writes (`size_t *len`). */
	final class SizeTByReference extends ByReference {
		public SizeTByReference() { super(Native.SIZE_T_SIZE); }
		public long getValue() {
			return Native.SIZE_T_SIZE == 8 ? getPointer().getLong(0) : getPointer().getInt(0) & 0xffffffffL;
		}
	}

	/* One type per object; the computed ones arrive through a `**out` (PointerByReference). */
	final class Case extends PointerType {}
	final class Feed extends PointerType {}
	final class Timeline extends PointerType {
		public Timeline() {}
		public Timeline(Pointer p) { super(p); }
	}
	final class Dossier extends PointerType {
		public Dossier() {}
		public Dossier(Pointer p) { super(p); }
	}
	final class Wage extends PointerType {
		public Wage() {}
		public Wage(Pointer p) { super(p); }
	}

	/** A NUL-terminated UTF-8 copy of s, to pass as `const char *`. */
	static byte[] utf8(String s) {
		return (s + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Receives the feed in chunks; data is valid only during the call. */
	interface WriteFn extends Callback {
		int invoke(Pointer ctx, Pointer data, SizeT len);
	}

	String poort_status_str(int status);
	void poort_free(Pointer p);
	int poort_date_parse(byte[] text, IntByReference out);
	int poort_date_format(int date, byte[] buf, SizeT size);

	Case poort_case_new();
	void poort_case_free(Case c);
	String poort_case_errmsg(Case c);
	int poort_case_set_id(Case c, byte[] id);
	int poort_case_add_period(Case c, int first, int last);
	int poort_case_record_done(Case c, byte[] milestoneId, int date);
	int poort_case_record_item(Case c, byte[] itemId, int date);
	int poort_case_set_wage(Case c, long monthlyCents, int hoursPerWeek);
	int poort_case_set_age(Case c, int years);

	int poort_timeline_compute(Case c, int today, int dueSoonDays, PointerByReference out);
	void poort_timeline_free(Timeline t);
	SizeT poort_timeline_count(Timeline t);
	int poort_timeline_first_sick_day(Timeline t);
	int poort_timeline_wachttijd_end(Timeline t);
	int poort_timeline_wage_end(Timeline t);
	String poort_milestone_id(Timeline t, SizeT i);
	int poort_milestone_occurrence(Timeline t, SizeT i);
	int poort_milestone_due(Timeline t, SizeT i);
	int poort_milestone_status(Timeline t, SizeT i);
	int poort_milestone_kind(Timeline t, SizeT i);
	String poort_milestone_title(Timeline t, SizeT i, int lang);
	int poort_milestone_explain(Timeline t, SizeT i, int lang, byte[] buf, SizeT size);
	String poort_status_name(int status);
	String poort_kind_name(int kind);
	int poort_timeline_json(Timeline t, int lang, PointerByReference out, SizeTByReference len);

	int poort_dossier_compute(Case c, int today, PointerByReference out);
	void poort_dossier_free(Dossier d);
	int poort_dossier_variant(Dossier d);
	int poort_dossier_complete_bp(Dossier d);
	int poort_dossier_can_submit(Dossier d);
	SizeT poort_dossier_count(Dossier d);
	String poort_dossier_item_id(Dossier d, SizeT i);
	int poort_dossier_item_state(Dossier d, SizeT i);
	int poort_dossier_item_due(Dossier d, SizeT i);
	String poort_item_state_name(int state);
	String poort_riv_variant_name(int variant);

	int poort_wage_compute(Case c, Pointer params, int first, int last, PointerByReference out);
	void poort_wage_free(Wage w);
	long poort_wage_total(Wage w);
	SizeT poort_wage_month_count(Wage w);
	int poort_wage_month_first(Wage w, SizeT i);
	long poort_wage_month_amount(Wage w, SizeT i);
	int poort_wage_month_regime(Wage w, SizeT i);
	int poort_wage_month_explain(Wage w, SizeT i, int lang, byte[] buf, SizeT size);
	String poort_regime_name(int regime);

	Feed poort_feed_new();
	void poort_feed_free(Feed f);
	int poort_feed_set_dtstamp(Feed f, long unixSeconds);
	int poort_feed_set_name(Feed f, byte[] name);
	int poort_feed_set_alarm_days(Feed f, int days);
	int poort_feed_set_include(Feed f, int what);
	int poort_feed_begin(Feed f, WriteFn write, Pointer ctx);
	int poort_feed_add_case(Feed f, Case c);
	int poort_feed_end(Feed f);
	long poort_feed_event_count(Feed f);
}
