package extract

import "testing"

// TestVisibleDate: the markup's date stands unless the page shows no
// stated date, only go-trafilatura's guess, a UTC stamp one day off the
// shown date, or a later shown date (an update, however much later);
// an earlier shown date (a teaser's, an older story's) replaces only a
// bare markup date (no time of day) at most maxStaleDays later.
func TestVisibleDate(t *testing.T) {
	cases := []struct {
		name, stated string
		guessed      bool
		shown, want  string
	}{
		{"stated, nothing shown", "2021-11-29T15:13:37", false, "", "2021-11-29T15:13:37"},
		{"stated, same day shown", "2021-11-29T15:13:37", false, "2021-11-29", "2021-11-29T15:13:37"},
		{"shown update six weeks later", "2021-11-29T15:13:37", false, "2022-01-12", "2022-01-12"},
		{"shown one day later, local time", "2019-12-09T19:00:49+01:00", false, "2019-12-10", "2019-12-10"},
		{"earlier shown date is not taken", "2022-01-21T10:00:00", false, "2022-01-14", "2022-01-21T10:00:00"},
		{"bare stated date a week after the shown one", "2020-02-12", false, "2020-02-05", "2020-02-05"},
		{"bare stated date a day after the shown one", "2020-04-30", false, "2020-04-29", "2020-04-29"},
		{"bare stated date long after the shown one", "2019-10-01", false, "2018-10-22", "2019-10-01"},
		{"earlier shown date, stated date-time with zone", "2020-10-26T04:01:57-05:00", false, "2020-10-24", "2020-10-26T04:01:57-05:00"},
		{"shown update two years later", "2018-02-20T00:00:00.000Z", false, "2020-02-20", "2020-02-20"},
		{"shown update fifteen years later", "2005-07-26T16:22:26-07:00", false, "2020-04-07", "2020-04-07"},
		{"no stated date", "", false, "2020-02-02", "2020-02-02"},
		{"guess replaced by the shown date", "2019-03-01", true, "2018-12-24", "2018-12-24"},
		{"UTC stamp one day before the shown date", "2022-11-06T23:00:00.000Z", false, "2022-11-07", "2022-11-07"},
		{"UTC stamp, shown date far earlier", "2022-11-06T23:00:00Z", false, "2022-10-01", "2022-11-06T23:00:00Z"},
	}
	for _, c := range cases {
		calls := 0
		got := visibleDate(c.stated, c.guessed, false, func() string { calls++; return c.shown })
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if calls > 1 {
			t.Errorf("%s: the page was read %d times", c.name, calls)
		}
	}
}

// TestVisibleDatePageOnly: a date stated only by a JSON-LD WebPage node
// stands when the page shows a date near its headline and is dropped when
// it shows none.
func TestVisibleDatePageOnly(t *testing.T) {
	cases := []struct {
		name, stated, shown, want string
	}{
		{"nothing shown", "2019-11-14T13:51:06+00:00", "", ""},
		{"same day shown", "2019-11-14T13:51:06+00:00", "2019-11-14", "2019-11-14T13:51:06+00:00"},
		{"bare date, nothing shown", "2020-09-30", "", ""},
	}
	for _, c := range cases {
		if got := visibleDate(c.stated, false, true, func() string { return c.shown }); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
