// Read a feed on standard input with ical.js (the module path is the first argument) and print
// what a calendar client would show of each event, as JSON, for tests/test_ics.py.
const ICAL = require(process.argv[2]);
const text = require('fs').readFileSync(0, 'utf8');
const cal = new ICAL.Component(ICAL.parse(text));
const out = cal.getAllSubcomponents('vevent').map(v => {
  const e = new ICAL.Event(v);
  return {uid: e.uid, summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString(),
    url: v.getFirstPropertyValue('url'), status: v.getFirstPropertyValue('status'),
    class: v.getFirstPropertyValue('class'), description: e.description,
    categories: v.getAllProperties('categories').flatMap(p => p.getValues()),
    triggers: v.getAllSubcomponents('valarm').map(a => a.getFirstPropertyValue('trigger').toSeconds())};
});
process.stdout.write(JSON.stringify({method: cal.getFirstPropertyValue('method'), events: out}));
