package people

import (
	"context"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/names"
)

// BenchmarkAnnotate measures the stage on a news-sized page (about 4 KB,
// 12 person mentions). Compare with the NER stage's benchmark: the budget
// is 10% of its time per page.
func BenchmarkAnnotate(b *testing.B) {
	s := testStage(b)
	para := "Міністр оборони РФ [[Сергій Шойгу]] заявив, що [[Володимир Путін]] доручив... Речник МЗС Китаю [[Ван Веньбінь]] наголосив. " +
		"Пізніше [[Шойгу]] зустрівся з [[Ллойдом Остіном]]. Речник додав, що [[Путін]] не коментуватиме. "
	d0 := mkDoc("uk", strings.Repeat(para+"\n\n", 6)+strings.Repeat("Текст без імен, лише звичайні слова для обсягу сторінки. ", 30))
	b.SetBytes(int64(len(d0.Text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d := *d0
		d.Entities = append(d0.Entities[:0:0], d0.Entities...)
		if err := s.Annotate(context.Background(), &d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad measures loading the name tables (must stay under 1 s).
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := names.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnnotateDump: a crawler dump is one long text (here ~600 KB and
// 1,800 person mentions); the stage must stay close to linear.
func BenchmarkAnnotateDump(b *testing.B) {
	s := testStage(b)
	var sb strings.Builder
	for i := 0; i < 300; i++ {
		sb.WriteString("Речник МЗС Китаю [[Ван Веньбінь]] наголосив. [[Сергій Шойгу]] заявив, що [[Шойгу]] і [[Володимир Путін]] обговорили. ")
		sb.WriteString("Президент [[Джо Байден]] відповів [[Путіну]]. Речник додав, що [[Байден]] не коментуватиме. ")
		sb.WriteString(strings.Repeat("Текст без імен для обсягу сторінки. ", 40))
		sb.WriteString("\n\n")
	}
	d0 := mkDoc("uk", sb.String())
	b.SetBytes(int64(len(d0.Text)))
	for i := 0; i < b.N; i++ {
		d := *d0
		d.Entities = append(d0.Entities[:0:0], d0.Entities...)
		if err := s.Annotate(context.Background(), &d); err != nil {
			b.Fatal(err)
		}
	}
}
