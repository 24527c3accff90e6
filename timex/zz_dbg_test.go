package timex
import ("testing";"os";"regexp";"fmt";"strings")
func TestDbg(t *testing.T){
 b,_:=os.ReadFile("/tmp/ww/keyinline/03_AmCivWar.key.xml")
 s:=string(b)
 re:=regexp.MustCompile(`.{0,30}<TIMEX3[^>]*>\d{4}</TIMEX3>.{0,30}`)
 for _,m:=range re.FindAllString(s,-1){ plain:=regexp.MustCompile(`<[^>]*>`).ReplaceAllString(m,"")
  found:=false
  for _,x:=range New().Find(plain, dct){ if strings.ContainsAny(plain[x.Start:x.End],"0123456789"){found=true}}
  if !found {fmt.Println(plain)} }
}
