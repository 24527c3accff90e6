package extract

import "testing"

// TestVisibleDate: the markup's date stands unless the page shows no
// stated date, only go-trafilatura's guess, a UTC stamp one day off the
// shown date, or a shown date 1 to maxUpdateDays days later (an update);
// an earlier shown date (a teaser's, an older story's) never replaces it.
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
		{"earlier shown date is not taken", "2022-01-21", false, "2022-01-14", "2022-01-21"},
		{"shown more than maxUpdateDays later", "2018-02-20", false, "2020-02-20", "2018-02-20"},
		{"no stated date", "", false, "2020-02-02", "2020-02-02"},
		{"guess replaced by the shown date", "2019-03-01", true, "2018-12-24", "2018-12-24"},
		{"UTC stamp one day before the shown date", "2022-11-06T23:00:00.000Z", false, "2022-11-07", "2022-11-07"},
		{"UTC stamp, shown date far earlier", "2022-11-06T23:00:00Z", false, "2022-10-01", "2022-11-06T23:00:00Z"},
	}
	for _, c := range cases {
		calls := 0
		got := visibleDate(c.stated, c.guessed, func() string { calls++; return c.shown })
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if calls > 1 {
			t.Errorf("%s: the page was read %d times", c.name, calls)
		}
	}
}
