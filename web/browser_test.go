package web

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium binary; under CI its absence fails the test.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium not installed (CI must install it: apt-get install -y chromium)")
	}
	t.Skip("chromium not installed")
	return ""
}

// TestBrowser drives a real headless Chromium through the UI: search, open
// a result, follow a person link, see their quote on the person page.
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	srv, _, _ := newServer(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("read %s: %v", sel, err)
		}
		return v
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), "Москва"),
		chromedp.SetValue(chromedp.CSS("select[name=lang]"), "uk"),
		chromedp.Click(chromedp.ID("go")),
		chromedp.WaitVisible(chromedp.ID("total")),
	)
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	total := text("#total")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".hit a.title")), chromedp.WaitVisible(chromedp.ID("doc-title"))); err != nil {
		t.Fatalf("open result: %v", err)
	}
	title := text("#doc-title")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`p.people a[href="/people/wang-yi"]`)), chromedp.WaitVisible(chromedp.ID("quotes"))); err != nil {
		t.Fatalf("open person: %v", err)
	}
	name, quotes := text("#person-name"), text("#quotes")
	if !strings.HasPrefix(total, "1 results") {
		t.Errorf("search total = %q, want 1 result", total)
	}
	if title != "Ван І прибув до Москви" {
		t.Errorf("document title = %q", title)
	}
	if name != "Wang Yi" || !strings.Contains(quotes, "Ми не дозволимо тиску на Росію") || !strings.Contains(quotes, "China and Russia are partners") {
		t.Errorf("person page: name %q, quotes %q", name, quotes)
	}
}
