// cgo declarations for the part of poortwachter.h the example uses, with the rules that keep
// a Go program from crashing or leaking:
//
//   - size_t is C.size_t, int32_t C.int32_t, int64_t C.int64_t: never Go's int.
//   - Strings going in are copied with C.CString (UTF-8, as Go strings are) and freed with
//     C.free after the call. Returned `const char *` are copied with C.GoString and never
//     freed: they are static or belong to a library object. Text handed over through
//     `char **` is copied with C.GoStringN and then freed with C.poort_free.
//   - Objects are freed by their own free function (Close below); a finalizer would run on
//     another goroutine's schedule, so free them explicitly.
//   - Go memory may not be kept by C: the feed's callback context is a cgo.Handle stored in C
//     memory (feed.go).
//
// Built against the pkg-config file: `pkg-config --cflags --libs poortwachter`, or the
// uninstalled one in a meson build folder (PKG_CONFIG_PATH=build/meson-uninstalled).
package main

/*
#cgo pkg-config: poortwachter
#include <poortwachter.h>
#include <stdlib.h>
*/
import "C"

import (
	"errors"
	"unsafe"
)

const (
	dateNone    = C.POORT_DATE_NONE
	langNL      = C.POORT_LANG_NL
	langEN      = C.POORT_LANG_EN
	feedDossier = C.POORT_FEED_DOSSIER
	feedWage    = C.POORT_FEED_WAGE
)

// statusError is a status code with the library's static text.
func statusError(status C.int32_t, what string) error {
	if status == C.POORT_OK {
		return nil
	}
	return errors.New(what + ": " + C.GoString(C.poort_status_str(status)))
}

// withCString passes s as a NUL-terminated copy and frees it after the call.
func withCString(s string, call func(*C.char) C.int32_t) C.int32_t {
	cs := C.CString(s)
	defer C.free(unsafe.Pointer(cs))
	return call(cs)
}

func parseDate(text string) (C.int32_t, error) {
	var d C.int32_t
	st := withCString(text, func(cs *C.char) C.int32_t { return C.poort_date_parse(cs, &d) })
	return d, statusError(st, text)
}

func formatDate(d C.int32_t) string {
	var buf [C.POORT_DATE_BUFSIZE]C.char
	if d == dateNone || C.poort_date_format(d, &buf[0], C.size_t(len(buf))) != C.POORT_OK {
		return "-"
	}
	return C.GoString(&buf[0])
}

// explainLine calls a function with snprintf semantics twice: for the length, then to fill.
func explainLine(explain func(buf *C.char, size C.size_t) C.int32_t) (string, error) {
	n := explain(nil, 0)
	if n < 0 {
		return "", statusError(n, "explain")
	}
	buf := (*C.char)(C.malloc(C.size_t(n) + 1))
	defer C.free(unsafe.Pointer(buf))
	explain(buf, C.size_t(n)+1)
	return C.GoStringN(buf, C.int(n)), nil
}

// takeText copies text the library handed over through `char **` and frees it.
func takeText(text *C.char, n C.size_t) string {
	defer C.poort_free(unsafe.Pointer(text))
	return C.GoStringN(text, C.int(n))
}

type poortCase struct{ c *C.poort_case }

func newCase() (*poortCase, error) {
	c := C.poort_case_new()
	if c == nil {
		return nil, errors.New("poort_case_new: out of memory")
	}
	return &poortCase{c}, nil
}

func (pc *poortCase) Close()         { C.poort_case_free(pc.c) }
func (pc *poortCase) errmsg() string { return C.GoString(C.poort_case_errmsg(pc.c)) }

func (pc *poortCase) setID(id string) error {
	return statusError(withCString(id, func(cs *C.char) C.int32_t { return C.poort_case_set_id(pc.c, cs) }), "id")
}

func (pc *poortCase) recordDone(milestone string, date C.int32_t) error {
	st := withCString(milestone, func(cs *C.char) C.int32_t { return C.poort_case_record_done(pc.c, cs, date) })
	return statusError(st, "done "+milestone)
}

func (pc *poortCase) recordItem(item string, date C.int32_t) error {
	st := withCString(item, func(cs *C.char) C.int32_t { return C.poort_case_record_item(pc.c, cs, date) })
	return statusError(st, "item "+item)
}
