#include "ingest/structurewords.h"

#include "core/compiler.h"
#include "ingest/structuretokens.h"

#include <algorithm>
#include <array>
#include <bit>
#include <string_view>

namespace Lectern::StructureWords {

namespace {

// The committed heading model's vocabulary (HeadingModelData::Vocabulary): its words share the
// lists' table, so that a word's flags and its vocabulary index come from one probe.
#include "ingest/headingmodel.inc"

constexpr char16_t functionWords[] =
    u"a an the and or but nor so yet of to in on at by with for from into onto over under about "
    "above below after before between through during without within against among around "
    "behind beyond upon via per than then as if when whenever while whereas because since "
    "until unless although though whether that this these those which who whom whose what "
    "where why how it its it's itself they them their theirs themselves we us our ours you "
    "your yours yourself he him his she her hers i me my mine one ones is are was were be "
    "been being am do does did doing have has had having can could will would shall should "
    "may might must not no all any some each every both either neither few many much more "
    "most less least other another such same own only just also very too quite rather even "
    "still already again ever never always often sometimes usually here there now once twice "
    "there's let's don't doesn't didn't isn't aren't wasn't weren't can't cannot won't "
    "wouldn't shouldn't couldn't haven't hasn't you're you'll you've you'd we're we'll we've "
    "we'd i'm i'll i've i'd it'll that's what's who's here's they're they'll they've "
    "don’t doesn’t didn’t isn’t aren’t wasn’t can’t won’t wouldn’t shouldn’t couldn’t "
    "haven’t hasn’t you’re you’ll you’ve you’d we’re we’ll we’ve i’m i’ll i’ve i’d it’s "
    "that’s what’s there’s here’s they’re let’s weren’t we’d it’ll who’s they’ll they’ve "
    "everyone everything anything nothing something someone anyone nobody somebody instead "
    "almost enough else whatever whichever "
    "however therefore thus hence otherwise besides meanwhile across along toward towards "
    "beside near off out up down away back ago like unlike";

constexpr char16_t commonWords[] =
    u"able about accept access account across act action actions active actually add added "
    "adding address adds advice affect after again age ahead aim alert alerts alive allow "
    "allowed allows alone along already alternative although amount answer answers app "
    "appear apply approach apps area areas argument arguments arrive article ask asked "
    "asking assume attack attacks attention audit author automatic automatically available "
    "average avoid aware bad badly base based basic basics batch become becomes begin "
    "beginning behave behaviour behavior believe belong benefit best better big bigger "
    "bit bits block blocks body book boot boring bottom box brand break breaks bring brings "
    "broken browser bug bugs build building builds built bulk business busy button buy "
    "cache call called caller calls came care careful carefully case cases catch catches "
    "cause causes certain chain chance change changed changes changing cheap cheaper check "
    "checked checking checks choice choices choose chosen clean cleaner clear clearly click "
    "client clients close closed closer code cold collect come comes coming command commands "
    "common commonly company compare complete completely complex computer concept condition "
    "config configuration configure confusing connect connection connections consider "
    "consistent constant contain contains content context continue control convert copy "
    "correct correctly cost costs count counts couple course cover covers crash crashes "
    "create created creates creating current currently custom customer customers cut cuts "
    "daily damage danger dangerous data database databases date day days dead deal debug "
    "decide decides decision default defaults define defined defines delete deleted deliver "
    "depend depends deploy deployed deploys describe described design designed detail "
    "details detect developer developers development difference different differently "
    "difficult direct directly directory disk do document documents doesn't doesn’t done door "
    "double down draft drop dropped during dynamic each early easier easiest easily easy "
    "edge edit effect effort else email empty enable enabled end ends engine enough ensure "
    "entire entirely entry environment environments equal error errors especially even "
    "event events eventually every everyday everywhere exact exactly example examples "
    "except exist existing exists expect expected expensive experience explain explicit "
    "explicitly expose extra fact fail failed failing fails failure failures fair fall "
    "false familiar far fast faster fastest feature features feel feels few field fields "
    "figure file files fill final finally find finds fine finish finished fire first fit "
    "fix fixed fixes flag flags flow follow following follows force forever forget form "
    "format forward found free fresh friendly full fully function functions future gain "
    "general generate generated get gets getting give given gives go goes going gone good "
    "great group groups grow grows guard guess guide half hand handle handles handling "
    "happen happens hard harder head health healthy hear heavy help helper helpful helps "
    "hide high higher hit hits hold holds home hope hour hours huge human idea ideas "
    "ignore image images immediately impact important improve include included includes "
    "including increase index information input inside install installed instance "
    "instead interesting internal into issue issues item items job jobs join keep keeps "
    "kept key keys kind kinds know known knows language large larger last late later "
    "latest layer layers lead learn leave left length less let level levels library life "
    "light likely limit limits line lines link list little live load loaded loads local "
    "lock log logic logs long longer look looking looks loop lose lost lot lots low lower "
    "machine made main mainly maintain make makes making manage manual manually many map "
    "matter matters maximum mean meaning means measure memory mention message messages "
    "method methods middle mind minimal minimum minute minutes miss missing mistake "
    "mistakes mode model modern moment month months move moves much multiple name named "
    "names natural nearly need needed needs network new next nice node normal normally "
    "note notes notice number numbers object objects obvious occasionally odd offer old "
    "older open operation operations option optional options order ordinary original "
    "output outside overhead page pages part parts pass passes past path pattern patterns "
    "pay people per perfect performance perhaps period person pick piece pieces place "
    "plain plan platform play please plenty point points policy poll pool popular "
    "possible post posts power practice practical prefer present pretty prevent previous "
    "private probably problem problems process processes produce product production "
    "program programs project projects proper properly protect provide provider provides "
    "public pull purpose push put query question questions quick quickly quiet random "
    "range rare rarely rate rather raw reach read reader readers reading reads ready real "
    "really reason reasons receive recent record reduce refuse regular release releases "
    "remember remove removes repeat replace reply report request requests require "
    "required requires resource resources response responses rest restart result results "
    "return returns reuse right risk roll room root rule rules run running runs safe "
    "safer safety same save saves say says scale schema scope screen script search "
    "second seconds secret secrets section secure security see seem seems seen send "
    "sends sense sent separate separately serious serve server servers service services "
    "session set sets setting settings setup several shape share shared short show shows "
    "side sign signal silent silently similar simple simpler simplest simply single site "
    "size skip slow slower small smaller so solution solve something sometimes soon sort "
    "source space special specific speed spend split stack stage standard start started "
    "starts state states status stay step steps stop stops storage store stored story "
    "straight strategy stream strict string strong structure stuck stuff style subtle "
    "success successful suddenly support supports sure surprise switch system systems "
    "table tables take takes taking talk task tasks team teams tell tells terrible test "
    "tested testing tests text thing things think third thousands thread threads time "
    "timeout times tiny tip tips today together token tokens tool tools top total track "
    "traffic treat tree trick tricky trigger true trust try trying turn turns type types "
    "typical typically understand unique unit unknown update updated updates upgrade use "
    "used useful user users uses using usual valid validation value values version "
    "versions view visible wait waiting waits walk want wants warning watch way ways "
    "web week weeks well went whole wide wild window word words work worker workers "
    "working works world worry worse worst worth write writes writing written wrong year "
    "years yes young zero "
    "abandon ability absolute absolutely abstract abuse academic accident accidental accidentally "
    "accomplish accurate "
    "accurately achieve acknowledge acquire active actual adapt addition additional adequate "
    "adjust admin "
    "administrator admit adopt advance advanced advantage adventure afford afraid afternoon "
    "afterwards agent "
    "aggressive agree agreement aid alarm algorithm alias align alike alive allocate allocation "
    "alone alongside alpha alter alternative amazing ambitious ancient angle angry animal announce "
    "annoying annual anonymous anxious anybody anymore anyway anywhere apart apparent apparently "
    "appeal "
    "appearance append application applications appreciate approval approve approximate arbitrary "
    "architecture argue arise "
    "arm arrange array arrival arrow artifact artifacts artist aside aspect assemble assert "
    "assign assist associate assumption atomic attach attempt attend attitude attract attribute "
    "audience "
    "authentication authority authorization automate automation autumn availability await awesome "
    "awkward backend background "
    "backlog backup backups balance ban bandwidth bank bar bare barely barrier basically "
    "basis battery battle bear beat beautiful beauty bed beer beg behalf belief "
    "bell beloved below bench benchmark benchmarks bend beneath beta bet bias bill "
    "billion bind binary biology bird birth blame blank blast blind blog blue "
    "board boil bold bond bone bonus boost border borrow boss bother bottle "
    "bound boundary bowl brain branch branches brave bread breadth breakfast breath brick "
    "bridge brief briefly bright brilliant broad brother brown brush budget buffer bunch "
    "burden burn burst bus button buyer cable calculate calendar calm camera camp "
    "campaign cancel cancelled candidate cap capable capacity capital capture car carbon card "
    "career carry cart cash cast casual cat category cell center central century "
    "chain chair challenge champion channel chapter character characters charge chart chat cheat "
    "checklist chemical chest chicken chief child children chip circle circuit circumstance "
    "citizen "
    "city civil claim class classic classes clause clever climate climb clock clone "
    "closely cloud club clue cluster coach coal coast coffee cohort coin collapse "
    "colleague colleagues collection college colour color column columns combination combine "
    "comfort comfortable "
    "comment comments commercial commit commitment commits committee communicate communication "
    "community compact companion "
    "comparison compatibility compatible compete competition competitor compile compiler complain "
    "complaint completion complexity "
    "compliance component components compose composition compound comprehensive compress "
    "compromise concern concerned concerns "
    "concise conclude conclusion concrete concurrency concurrent conduct conference confidence "
    "confident confirm conflict "
    "confusion connected conscious consequence consequences conservative considerable consist "
    "console constraint constraints construct "
    "construction consume consumer consumption contact container containers contemporary contest "
    "continuous contract contrast "
    "contribute contribution contributor conversation conversion convince cook cookie cool "
    "cooperate coordinate cope "
    "copies core corner corporate corridor corrupt cost counter country county courage court "
    "cousin cow crack craft crazy cream creative creature credential credentials credit crew "
    "crime crisis criteria critical crop cross crowd crucial crude cry culture cup "
    "cure curious curve customize cycle damn dance dare dark dash dashboard dataset "
    "dawn deadline deadlock dear death debate debt decade decent declare decline decrease "
    "dedicated deep deeply defeat defence defense deficit definitely definition degree delay "
    "deliberately "
    "delicate delight delivery demand democracy demonstrate denied deny department departure "
    "dependency dependencies "
    "deployment deposit depth deputy derive descend desert deserve desk desktop desperate despite "
    "destination destroy destruction detailed determine devastating develop device devices devote "
    "diagram dictionary "
    "die diet differ digital dimension dinner direction directories dirty disable disabled "
    "disagree "
    "disappear disaster discipline discount discover discovery discuss discussion disease dish "
    "dismiss display "
    "distance distant distinct distinction distinguish distribute distribution district divide "
    "division doctor documentation "
    "dog domain domestic dominant donate dot doubt downstream download dozen drag drama "
    "dramatic dramatically draw dream dress drift drink drive driver dry dual duck "
    "due dull dump duplicate durable duration dust duty eager ear earn earth "
    "ease east eat economic economy edition editor educate education effective effectively "
    "efficiency "
    "efficient efficiently egg elaborate elderly elect election electric electricity element "
    "elements elegant "
    "eliminate embed embrace emerge emergency emotion emotional emphasis employ employee employer "
    "empower "
    "encounter encourage encrypt encryption endless endpoint endpoints enemy energy enforce engage "
    "engineer "
    "engineering engineers enhance enjoy enormous ensure enter enterprise entertain enthusiasm "
    "entries entrance "
    "envelope episode equally equipment equivalent era erase escape essay essential essentially "
    "establish "
    "estate estimate ethics evaluate evaluation evening evidence evil evolution evolve examine "
    "exceed "
    "excellent exception exceptions excess exchange excited exciting exclude exclusive excuse "
    "execute execution "
    "executive exercise exhaust exhibit exit expand expansion expectation expense experiment "
    "expert expertise "
    "expire explanation explode exploit explore explosion export exposure express expression "
    "extend extension "
    "extensive extent external extract extreme extremely eye fabric face facility factor factory "
    "faculty fade faint faith fake familiar family famous fan fancy fantastic farm "
    "fashion fat fate father fault favour favor favourite favorite fear feature federal "
    "fee feed feedback female fence festival fetch fever fiction fierce fight figure "
    "filter filters finance financial fine finger firm firmly fish fitness fixed flash "
    "flat flavour flexibility flexible flight float flood floor fluent fly focus fold "
    "folder folk font food foot footprint forecast foreign forest forgive fork formal "
    "formula fortune forum foundation fraction fragile frame framework frameworks freedom freeze "
    "frequency "
    "frequent frequently friend friendly friends frighten front frontend frozen fruit frustrating "
    "fuel "
    "fun fund fundamental funny furniture furthermore gap garage garbage garden gas gate "
    "gather gauge gear gender gene generation generic generous gentle genuine genuinely gift "
    "girl glad glance glass global goal god gold golden golf government grab "
    "grace grade gradual gradually graduate grain grammar grand grant graph grateful grave "
    "green greet grey gray grid grocery gross ground growth guarantee guest guidance "
    "guilty guitar gun guy habit habits hair hall handful handy hang harm "
    "harmful hat hate hazard headline heal hear heart heat heaven height hell "
    "hello helpful hero hesitate hidden hierarchy highlight highly hire historic history hobby "
    "holiday hollow holy honest honour honor hook horizon horrible horror horse hospital "
    "host hosting hostile hot hotel house household housing hub hundred hundreds hunger "
    "hunt hurry hurt husband ice icon ideal identical identify identity ignorance illegal "
    "illness illustrate imagine immune implement implementation implementations imply import "
    "importance impose impossible "
    "impress impression impressive improvement incident incidents inclined income incoming "
    "incomplete inconsistent incorrect "
    "increasingly incredible indeed independence independent indicate indicator indirect "
    "individual indoor industrial industry "
    "inevitable infant infection inflation influence inform infrastructure ingredient inherit "
    "initial initially initiative "
    "injury inner innocent innovation insect insert insight insist inspect inspection inspire "
    "install "
    "installation instant instantly institution instruction instructions instrument insurance "
    "integrate integration intelligence intelligent "
    "intend intense intensity intent intention interact interaction interest interface interfaces "
    "interim intermediate "
    "interpret interrupt interval intervention interview introduce introduction invalid invent "
    "invest investigate investigation "
    "investment invisible invitation invite involve involved iron island isolate isolated "
    "isolation jacket "
    "jail jam joke journal journey joy judge judgment juice jump junior jury "
    "justice justify keen kernel kid kill king kitchen knee knife knock knowledge "
    "lab label labels labour labor lack ladder lady lake land landscape lane "
    "language languages laptop largely laser latency launch laugh law lawyer lay layout "
    "lazy leader leadership leaf league lean leap learning lease leather lecture leg "
    "legacy legal legend legitimate leisure lend lesson lessons letter liability liberal license "
    "lid lie lift lighting lightweight likewise limitation limitations limited lineup linear "
    "linger "
    "lip liquid listen literally literature litter loan lobby locate location logging login "
    "logo lonely loose lord lorry loss loud love lovely luck lucky lunch "
    "luxury magazine magic magnitude mail maintenance major majority male mall manner manufacture "
    "margin marine market marketing marriage marry mass massive master match material materials "
    "mathematics maturity meal mechanism media medical medicine medium meet meeting melt member "
    "members membership mental mentor menu mercy mere merely merge mess metal meter "
    "metric metrics midnight migrate migration mild mile military milk million millions mine "
    "mineral minister minor minority miracle mirror misconfiguration misleading mission mistaken "
    "mix mixed "
    "mixture mobile moderate modest modify module modules monitor monitoring monkey monster "
    "monthly "
    "mood moon moral morning mortgage mother motion motivate motor mount mountain mouse "
    "mouth movement movie mud multiply murder muscle museum music mutable mutual mystery "
    "naive narrow nation national native nature navigate navigation neat necessarily necessary "
    "neck "
    "negative neglect negotiate neighbour neighbor nerve nervous nest net nevertheless newly news "
    "newsletter nobody noise noisy nominal none nonsense noon norm northern nose notable "
    "notably notebook noted notify notion novel nurse nut obey objective obligation observe "
    "obstacle obtain occasion occupy occur ocean offence offense offensive officer official "
    "offline "
    "ongoing online onion opening operate operator opinion opponent opportunity oppose opposite "
    "optimal "
    "optimise optimize optimization orange ordinary organ organic organisation organization "
    "organize orient origin "
    "originally otherwise outage outages outcome outer outline outlook outstanding oven overall "
    "overcome "
    "overlap overload override overview owe owner ownership pace pack package packages packet "
    "pain paint painting pair palace pale pan panel panic paper parallel parameter "
    "parameters parent parents park parliament partial partially participant participate "
    "particular particularly partner "
    "partnership party passage passenger passion passive password passwords patch patient pause "
    "peace "
    "peak peer penalty pencil pending penny pension percent percentage perception permanent "
    "permission "
    "permissions permit persist persistent personal personality personally perspective persuade "
    "pet phase phenomenon "
    "philosophy phone photo phrase physical physics piano picture pie pig pile pilot "
    "pin pink pipe pipeline pitch pity plain plane planet plant plastic plate "
    "platforms player pleasant pleased pleasure pledge plot plug plus pocket poem poet "
    "poetry pointer poison pole police polite political politics pollution pond poor pop "
    "population port portable portfolio portion pose position positive possess possibility "
    "possibly postpone "
    "pot potato potential potentially pound pour poverty powerful practically praise pray precise "
    "precisely predict predictable prediction preference pregnant premise premium prepare "
    "prescription presence presentation "
    "preserve president press pressure prevention price pride priest primarily primary prime "
    "prince "
    "principal principle principles print printer prior priority prison privacy privilege prize "
    "proceed "
    "processing processor produce producer productive profession professional professor profile "
    "profit profound progress "
    "progressive prohibit prominent promise promote prompt proof propagate property proportion "
    "proposal propose "
    "prospect protection protein protest proud prove proven provision psychology pub publicly "
    "publish "
    "publisher pulse pump punch punish pupil purchase pure purple pursue puzzle qualify "
    "quality quantity quarter queen queue quote race racing radical radio rail rain "
    "raise rank rapid rapidly rat ratio rational reaction readable readily reality realise "
    "realize realistic rear reasonable reasonably rebuild recall receipt receiver reception recipe "
    "recipient "
    "recognise recognize recommend recommendation recover recovery recruit recycle redirect "
    "reduction redundant refer "
    "reference reflect reform refresh refuge regard regardless region register regret regulation "
    "reject "
    "relate relation relationship relative relatively relax relevant reliability reliable relief "
    "relieve religion "
    "religious reluctant rely remain remaining remarkable remote removal render rent repair "
    "replacement "
    "replica replicate repository represent representation representative reproduce reputation "
    "requirement rescue research reserve "
    "reset resident resign resist resolution resolve resort respect respond responsibility "
    "responsible restaurant "
    "restore restrict restriction resume retain retire retreat retrieve retry reveal revenue "
    "reverse "
    "review revolution reward rhythm rice rich rid ride ridiculous rifle ring rise "
    "rising rival river road roast rock rod role roll rolling romantic roof "
    "rope rotate rough round route router routine row royal rub rubbish rude "
    "ruin rumour rural rush sack sad safely sail salad salary sale salt "
    "sample sand satisfy sauce scan scandal scary scenario scene schedule scheduler scheme "
    "scholar school science scientific scientist score scratch scream scroll sea seal season "
    "seat secondary secretary sector seed seek select selection self sell senate senior "
    "sensible sensitive sentence sequence series servant settle severe sex shade shadow shake "
    "shallow shame sharp shed sheep sheet shelf shell shelter shift shine ship "
    "shirt shock shoe shoot shop shore shortly shot shoulder shout shower shut "
    "shy sick sight sigh signature significant significantly silence silly silver similarly sin "
    "sing sink sister sit situation skill skin skirt sky slave sleep slice "
    "slide slight slightly slip slot smart smell smile smoke smooth snap snow "
    "soap social society sock soft software soil soldier sole solid somewhat somewhere "
    "son song sophisticated sorry soul sound soup south southern spare spark speak "
    "speaker specialist species specify spectrum speech spell spirit spite splendid spoil sponsor "
    "spot spray spread spring square squeeze stability stable staff stair stake stamp "
    "stand star stare statement station statistics statue steady steal steam steel steep "
    "stick stiff stock stomach stone storm strange stranger stream street strength stress "
    "stretch strike string strip stroke structured struggle student studio study stupid subject "
    "submit subscribe subsequent substance substantial substitute succeed successfully suck suffer "
    "sufficient sugar "
    "suggest suggestion suit suitable sum summary summer sun super superior supply supporter "
    "suppose supreme surface surgery surprised surprising surprisingly surround survey survival "
    "survive suspect "
    "suspend sustain swallow swap swear sweep sweet swim swing symbol sympathy symptom "
    "syntax tackle tag tail talent tank tap tape target taste tax tea "
    "teach teacher tear technical technique technology teenager telephone television temperature "
    "temporary tempt "
    "tend tendency tennis tension tent term terms territory terror textbook thank thanks "
    "theatre theme theory therapy thick thin thorough thoroughly thought thousand threat threaten "
    "threshold throat throw thumb ticket tide tidy tie tight timeline title toe "
    "toilet tolerance tomato tomorrow tone tongue tonight tooth topic topics tough tour "
    "tourist towel tower town toy trace trade tradition traditional tragedy trail train "
    "training transaction transactions transfer transform transition translate translation "
    "transparent transport trap travel "
    "tray treasure treatment tremendous trend trial tribe trip troop trouble truck truly "
    "trust truth tube tune tunnel twin twist typo ugly ultimate ultimately unable "
    "uncle unclear underlying undertake unexpected unfortunately uniform union universal universe "
    "university unless "
    "unlike unlikely unnecessary unpredictable unsafe unusual upload upper upset upstream urban "
    "urge "
    "urgent usage utility vacation valuable van variable variables variant variation variety "
    "various "
    "vary vast vegetable vehicle vendor venture verify versus vessel veteran victim victory "
    "video village violence virtual virtually virtue vision visit visitor visual vital voice "
    "volume voluntary volunteer vote vulnerable wage wake wall wander war warm warn "
    "warning wash waste wave weak weakness wealth weapon wear weather wedding weekend "
    "weekly weigh weight weird welcome welfare west western wet whatever wheel whilst "
    "whisper white wife wild willing win wind wine wing winner winter wire "
    "wisdom wise wish withdraw witness woman wonder wonderful wood wooden wool workflow "
    "workflows workload workloads workshop worried worry wound wrap wrapper yard yellow yesterday "
    "yield youth zone conclusion introduction overview prerequisites installation usage "
    "troubleshooting caveats gotchas "
    "alternatives benchmarks requirements motivation takeaways recap summary checklist basics "
    "fundamentals wrapping thoughts "
    "reading resources references ";

// Capitalised words that typically open a sentence (case as written).
constexpr char16_t starters[] =
    u"A An The This That These Those It Its It's It’s You Your We Our If When While Where "
    "What Why How Which Who In On At For With From By To As After Before Because Since "
    "Once Until Unless Although Though Now Then Here There Some Most Many Every Each All "
    "Both No Not One Two Three Four Five Six Seven Eight Nine Ten First Second Third Next "
    "Finally Also But And Or So Yet Use Run Add Set Make Let Let's Let’s Don't Don’t Do Never "
    "Always Sometimes Often Usually Note Keep Start Create Check Try Write Read Put Pass "
    "Call Install Open Build Test Avoid Remember Consider Compare Think Imagine Instead "
    "Without Only Just Even Still Otherwise However Therefore Anyone Everything Nothing "
    "Something Nobody There's There’s Here's Here’s That's That’s What's What’s Today "
    "Again Another Other Such Same "
    "Each Either Neither Any Few Several Much More Less Same Good Bad Great Better Best "
    "Worse Worst Most Many Lots Plenty Enough Whatever Whichever Whenever Wherever "
    "Sure Yes Okay OK Well Oh Of Go Take Give Turn Keep Tell See Look Find Choose Pick "
    "Define Delete Drop Enable Disable Move Mark Wrap Return Store Send Grab Fetch Give";

constexpr char16_t shellCommands[] =
    u"sudo apt apt-get apt-cache dpkg yum dnf brew pacman snap pip pip3 pipx uv uvx poetry "
    "python python3 node npm npx yarn pnpm deno bun go cargo rustup rustc gcc g++ cc clang "
    "clang++ make cmake ninja git docker docker-compose podman kubectl helm kind minikube "
    "terraform ansible ssh scp rsync ssh-keygen ssh-copy-id curl wget http ls cd cp mv rm "
    "mkdir rmdir touch cat echo printf grep egrep rg find sed awk sort uniq head tail less "
    "more wc tar gzip gunzip zip unzip chmod chown chgrp ln export source env which whoami "
    "id su systemctl journalctl service ufw iptables nft fail2ban-client timedatectl "
    "hostnamectl useradd usermod adduser passwd crontab psql pg_dump pg_restore pg_basebackup "
    "createdb dropdb redis-cli mysql sqlite3 mongosh openssl certbot nginx gunicorn uvicorn "
    "celery flask django-admin pytest mypy ruff black isort flake8 tox nox jq yq xargs "
    "tee kill killall pkill ps top htop df du free mount umount lsof netstat ss ping dig "
    "nslookup traceroute nc telnet tmux screen vim nano code set unset alias exec eval "
    "trap shellcheck gh hugo aws gcloud az flyctl heroku vercel act promtool yamllint "
    "pre-commit cosign syft grype trivy buildah skopeo ctr crictl k9s stern kustomize argocd "
    "flux watch time nohup bash sh zsh fish sqlcmd go-task task just bundle gem rake rails "
    "php composer java javac mvn gradle dotnet swift swiftc zig wasmtime spin";

// Keywords of the supported languages that are not English words: strong code evidence.
constexpr char16_t codeKeywords[] =

    u"func def fn elif impl pub mut nil struct enum const var println printf sprintf "
    "fmt lambda typeof instanceof chan defer usize isize i32 i64 u8 u16 u32 u64 f32 "
    "f64 str bool int void nullptr namespace typename std malloc sizeof constexpr "
    "noexcept kwargs argv envfrom proxy_pass server_name workdir entrypoint onclick "
    "href dyn println! vec! macro_rules ctx err req resp wg mu stdout stderr stdin "
    "localhost elsif esac fi endif ifdef ifndef";

// Keywords that are also ordinary English words: code evidence only next to code.
constexpr char16_t sharedKeywords[] =

    u"for if in is not and or return import from as with while else let new this "
    "class package type interface select case default break continue try except "
    "raise yield pass match use where go range make map true false do done then "
    "fi esac local export echo set get run from print loop move ref where order by "
    "limit values into update delete insert create table index on join group having "
    "begin commit end";

// Upper-case words of SQL, Dockerfile and HTTP (case as written).
constexpr char16_t upperKeywords[] =

    u"SELECT FROM WHERE INSERT INTO VALUES UPDATE SET DELETE CREATE TABLE INDEX ALTER "
    "DROP JOIN LEFT RIGHT INNER OUTER ON GROUP BY ORDER LIMIT OFFSET HAVING AS AND "
    "OR NOT NULL PRIMARY KEY FOREIGN REFERENCES UNIQUE DEFAULT CONSTRAINT BEGIN "
    "COMMIT ROLLBACK EXPLAIN ANALYZE WITH RETURNING DISTINCT COUNT CASE WHEN THEN "
    "ELSE END IN IS EXISTS UNION ALL DESC ASC USING GIN GENERATED ALWAYS IDENTITY "
    "PARTITION OF FOR RANGE TO EXTENSION TRIGGER FUNCTION RETURNS LANGUAGE VIEW "
    "MATERIALIZED REFRESH CONCURRENTLY DETACH ATTACH CASCADE IF LIKE ILIKE OVER "
    "WINDOW ROWS PRECEDING FOLLOWING CURRENT ROW LAG LEAD SUM AVG MIN MAX VACUUM "
    "GRANT REVOKE PRAGMA IMMEDIATE VIRTUAL CONFLICT NOTHING DO INCLUDE "
    "RUN COPY WORKDIR ENV CMD EXPOSE USER ARG ENTRYPOINT HEALTHCHECK LABEL ADD "
    "VOLUME SHELL STOPSIGNAL ONBUILD GET POST PUT PATCH HEAD OPTIONS HTTP OK";

// Words that cannot end a heading or a phrase before a new sentence.
constexpr char16_t danglingWords[] =
    u"a an the of to in on at by with from for into onto about over under and or but nor is "
    "are was were be been being can could will would should must may might this that these "
    "those my your our their its his her than as if when while because via per whose which "
    "where until unless without";

// Words that make up whole headings in technical posts.
constexpr char16_t headingWords[] =
    u"coverage routing setup checklist glossary rollout rollback cleanup "

    "conclusion conclusions summary introduction overview prerequisites setup "
    "installation installing usage examples example troubleshooting checklist tips "
    "notes resources references testing debugging caveats gotchas alternatives "
    "benchmarks results requirements configuration deployment motivation background "
    "takeaways recap faq why how what when next wrapping final further verdict "
    "limitations performance security monitoring maintenance";

// Verbs that make a phrase a sentence (lowercase).
constexpr char16_t verbs[] = u"is are was were has have can will should does gives makes becomes "
                             "means returns runs uses lets prints shows takes gets";

// Pronouns that make a phrase a sentence (lowercase).
constexpr char16_t pronouns[] = u"i you we they it";

// Quantifiers, pronouns and conjunctions that open sentences far more often than headings
// (case as written).
constexpr char16_t openers[] =
    u"Most Many Some Every Each All Both Several It Its There They We I Our This These That Those "
    "He She One Two Three Four Five Six Since If Once Because Although Unless Don’t Don't "
    "It’s It's That’s That's There’s There's Here’s Here's You’ll "
    "You'll We’ll We'll In On At For With From By To After Before During Without Within "
    "Under Over As Then So But And Or Now Here Today";

// Keywords after which code goes on ("class", "return", "in").
constexpr char16_t asksMore[] =
    u"class struct def func fn return import from new let const var type interface impl enum if "
    "for while in and or not case extends implements async await public private static match "
    "select where except raise throw catch yield assert";

// Lowercase words that start code and never make up a heading.
constexpr char16_t declaresCode[] = u"import package func def fn let const var upstream";

// Words that end a shell command's arguments: the sentence goes on (lowercase).
constexpr char16_t proseWords[] =
    u"the a an is are was were be been being you your we our it its they their this that these "
    "those of to with and or but for as by from which who what when why how there here has have "
    "had can could will would should must not so then than because if";

// The heading model's verbs: a span holding one reads as a sentence rather than a heading.
constexpr char16_t modelVerbs[] =
    u"is be are was has had can did may were been have will does must runs uses lets gets adds "
    "says sets puts goes would could might gives makes means shows takes needs works stops calls "
    "reads sends keeps holds looks tells wants waits fails should prints starts writes breaks "
    "allows becomes returns creates handles depends expects happens matters provides requires "
    "supports contains";

// The heading model's pronouns.
constexpr char16_t modelPronouns[] = u"i you we they it he she";

// Nouns that number headings when capitalised ("Step 2", "Part one").
constexpr char16_t stepWords[] =
    u"step part phase stage option chapter lesson day level round method example";

// Tools and their sub-commands, as "tool:sub" ("git bisect start").
constexpr char16_t subcommands[] =
    u"git:clone git:commit git:push git:pull git:checkout git:switch git:log git:status "
    "git:add git:rebase git:merge git:diff git:config git:bisect git:stash git:tag "
    "git:fetch git:reset git:branch git:init git:remote git:show git:cherry-pick "
    "docker:run docker:build docker:compose docker:push docker:pull docker:exec "
    "docker:images docker:ps docker:logs docker:stop docker:rm docker:image "
    "docker:volume docker:network kubectl:get kubectl:apply kubectl:describe "
    "kubectl:delete kubectl:logs kubectl:exec kubectl:create kubectl:rollout "
    "kubectl:port-forward kubectl:scale kubectl:config helm:install helm:upgrade "
    "helm:create helm:template helm:lint helm:repo helm:uninstall npm:install npm:run "
    "npm:ci npm:init npm:test npm:publish cargo:add cargo:run cargo:build cargo:new "
    "cargo:test cargo:install cargo:clippy go:run go:test go:build go:mod go:get "
    "go:install go:vet go:generate pip:install pip:uninstall pip:freeze uv:add uv:run "
    "uv:sync uv:tool uv:build uv:publish uv:pip uv:venv uv:init apt:install apt:update "
    "apt:upgrade apt:remove apt-get:install apt-get:update systemctl:start "
    "systemctl:stop systemctl:restart systemctl:enable systemctl:status "
    "systemctl:reload systemctl:daemon-reload brew:install terraform:init "
    "terraform:plan terraform:apply poetry:add poetry:install poetry:run yarn:add "
    "pnpm:add pnpm:install";

// The lists and the flags their words get (a word in several lists gets all of theirs).
struct List
{
    std::u16string_view words;
    quint32 flags;
};
constexpr List lists[] = {
    {functionWords, Function | English},
    {commonWords, English},
    {starters, Starter},
    {shellCommands, Shell},
    {codeKeywords, CodeKeyword},
    {sharedKeywords, SharedKeyword},
    {upperKeywords, UpperKeyword},
    {headingWords, HeadingWord},
    {danglingWords, Dangling},
    {verbs, Verb},
    {pronouns, Pronoun},
    {openers, Opener},
    {asksMore, AsksMore},
    {declaresCode, DeclaresCode},
    {proseWords, ProseWord},
    {subcommands, Subcommand},
    {modelVerbs, ModelVerb},
    {modelPronouns, ModelPronoun},
    {stepWords, StepWord},
};

// Calls f(word, flags) for every word of every list, repeats included.
template<typename F> constexpr void forEachListed(F &&f)
{
    for (const List &list : lists) {
        const std::u16string_view text = list.words;
        for (size_t start = 0; start < text.size();) {
            const size_t end = std::min(text.find(u' ', start), text.size());
            if (end > start)
                f(text.substr(start, end - start), list.flags);
            start = end + 1;
        }
    }
}

constexpr size_t HeadingWords = std::size(HeadingModelData::Vocabulary) - 1; // (null-ended)
static_assert(HeadingWords < StructureToken::NoHeadingWord);

// Calls f(word, flags, heading) for every listed word, repeats included, with heading
// HeadingWords (not in the vocabulary), then for every heading vocabulary word with flags 0 and
// its index.
template<typename F> constexpr void forEachWord(F &&f)
{
    forEachListed(
        [&f](std::u16string_view word, quint32 flags) { f(word, flags, quint16(HeadingWords)); });
    for (size_t i = 0; i < HeadingWords; ++i)
        f(std::u16string_view(HeadingModelData::Vocabulary[i]), quint32(0), quint16(i));
}

// FNV-1a over the UTF-16 units, its end folding the high bits into the low ones the table
// indexes with. No length is seeded in, so the state after each unit is that of the prefix so
// far: wordFlags() gets the hashes of a word's stems ("deploy" in "deployed") from one pass.
constexpr quint32 HashStart = 2166136261u;
constexpr quint32 hashStep(quint32 h, char16_t c)
{
    return (h ^ c) * 16777619u;
}
constexpr quint32 hashEnd(quint32 h)
{
    return h ^ (h >> 15);
}
constexpr quint32 hash(const char16_t *chars, size_t size)
{
    quint32 h = HashStart;
    for (size_t i = 0; i < size; ++i)
        h = hashStep(h, chars[i]);
    return hashEnd(h);
}

// The words of all lists and of the vocabulary, repeats included.
constexpr size_t listedWords()
{
    size_t count = 0;
    forEachWord([&count](std::u16string_view, quint32, quint16) { ++count; });
    return count;
}

constexpr qsizetype MaxLength = 32; // listed words are shorter
constexpr int InlineLength = 9;     // words up to this long are kept in their slot

// The characters of the words longer than InlineLength, repeats included.
constexpr size_t longCharacters()
{
    size_t count = 0;
    forEachWord([&count](std::u16string_view word, quint32, quint16) {
        if (word.size() > size_t(InlineLength))
            count += word.size();
    });
    return count;
}

// Lookups go to a flat open-addressing table (power-of-two size, about half full) whose slots
// keep the full hash, over one pool of the longer words' characters: tokenizing looks up several
// words per token, and std::unordered_map's byte hash and bucket chains were a tenth of
// structure recovery's time. The compiler builds it (consteval): built at first use, it cost
// each process some 4M instructions before the first token.
class WordTable
{
public:
    consteval WordTable()
    {
        forEachWord([this](std::u16string_view word, quint32 flags, quint16 heading) {
            add(word, flags, heading);
        });
    }
    // The flags and heading vocabulary index of the word chars[0, size), whose hash() is h.
    WordEntry entry(const char16_t *chars, size_t size, quint32 h) const
    {
        constexpr WordEntry none{0, quint16(HeadingWords)};
        if (!((m_present[(h & (PresentBits - 1)) / 64] >> (h & 63)) & 1))
            return none; // no listed word has this hash
        for (size_t k = h & (SlotCount - 1);; k = (k + 1) & (SlotCount - 1)) {
            const Slot &slot = m_slots[k];
            if (!slot.size)
                return none;
            if (slot.hash == h && slot.size == size) {
                // (Short words are compared with the slot's own copy: no second cache line.)
                const char16_t *listed =
                    size <= size_t(InlineLength) ? slot.text : m_pool.data() + slot.offset;
                size_t i = 0; // a loop, not std::equal: memcmp is a call, the words are short
                while (i < size && chars[i] == listed[i])
                    ++i;
                if (i == size)
                    return {slot.flags, slot.heading};
            }
        }
    }
    // The flags of the word chars[0, size), whose hash() is h.
    quint32 find(const char16_t *chars, size_t size, quint32 h) const
    {
        return entry(chars, size, h).flags;
    }
    // Whether some listed word has this length and first character: most code tokens have
    // none, and are rejected before hashing.
    bool mayHold(size_t size, char16_t first) const
    {
        return size < size_t(MaxLength) && first < 128 && (m_lengths[first] >> size) & 1;
    }
    // Whether some listed word has this first character and a length from size - 3 to size
    // (the word or one of the stems wordFlags() tries): one test instead of four mayHold().
    bool mayHoldStem(size_t size, char16_t first) const
    {
        return size - 3 < size_t(MaxLength) && first < 128 &&
               (m_lengths[first] >> (size - 3)) & 0xF;
    }
    WordEntry entry(QStringView word) const
    {
        if (word.isEmpty() || !mayHold(size_t(word.size()), word[0].unicode()))
            return {0, quint16(HeadingWords)};
        const char16_t *chars = word.utf16();
        return entry(chars, size_t(word.size()), hash(chars, size_t(word.size())));
    }
    quint32 flags(QStringView word) const { return entry(word).flags; }

private:
    struct alignas(32) Slot // (two to a cache line, none across two)
    {
        quint32 hash = 0;
        quint32 flags = 0;
        quint16 offset = 0;                      // into m_pool
        quint16 heading = quint16(HeadingWords); // index in the heading vocabulary
        quint16 size = 0;                        // 0: empty (no listed word is)
        char16_t text[InlineLength] = {};
    };
    static_assert(sizeof(Slot) == 32);

    constexpr void add(std::u16string_view word, quint32 flags, quint16 heading)
    {
        const quint32 h = hash(word.data(), word.size());
        size_t k = h & (SlotCount - 1);
        for (; m_slots[k].size; k = (k + 1) & (SlotCount - 1)) {
            Slot &slot = m_slots[k];
            const char16_t *listed =
                word.size() <= size_t(InlineLength) ? slot.text : m_pool.data() + slot.offset;
            if (slot.hash == h && slot.size == word.size() &&
                std::u16string_view(listed, word.size()) == word) {
                slot.flags |= flags; // a repeat
                if (heading != HeadingWords)
                    slot.heading = heading;
                return;
            }
        }
        Slot &slot = m_slots[k];
        slot.hash = h;
        slot.flags = flags;
        slot.heading = heading;
        slot.size = quint16(word.size());
        if (word.size() <= size_t(InlineLength)) {
            std::copy(word.begin(), word.end(), slot.text);
        } else {
            slot.offset = quint16(m_poolSize);
            std::copy(word.begin(), word.end(), m_pool.begin() + m_poolSize);
            m_poolSize += word.size();
        }
        const quint32 bit = h & (PresentBits - 1);
        m_present[bit / 64] |= quint64(1) << (bit % 64);
        m_lengths[word[0]] |= quint32(1) << word.size();
    }

    // Half as many slots again as listed words (repeats included), rounded up to a power of
    // two: at most two thirds full, so every probe ends at an empty slot soon (now about half).
    static constexpr size_t SlotCount = std::bit_ceil(listedWords() + listedWords() / 2);
    std::array<Slot, SlotCount> m_slots{};
    static_assert(longCharacters() <= 65536); // (Slot::offset)
    std::array<char16_t, longCharacters()> m_pool{};
    size_t m_poolSize = 0;
    // Per first character (ASCII), the lengths of the listed words with it, as bits.
    static_assert(MaxLength == 32);
    std::array<quint32, 128> m_lengths{};
    // Bits of the listed words' hashes, in 8 KB that stay in the first-level cache: most words
    // looked up and not listed (inflections tried, code tokens) are answered here, without a
    // visit to the larger slot table.
    static constexpr size_t PresentBits = 65536;
    std::array<quint64, PresentBits / 64> m_present{};
};

// Every listed word passes mayHold(): the filter never hides one.
static_assert([] {
    bool described = true;
    forEachWord([&described](std::u16string_view word, quint32, quint16) {
        described = described && !word.empty() && word.size() < size_t(MaxLength) && word[0] < 128;
    });
    return described;
}());

// No shell command holds a character beyond ASCII or begins or ends with punctuation (the
// promise of Shell in structurewords.h): a token with punctuation around its word is no command
// as written, and tokenizeLine() does not look it up as one.
static_assert([] {
    constexpr std::u16string_view punctuation = u"([{\"'`*_)]}.,;:!?";
    bool bare = true;
    forEachListed([&](std::u16string_view word, quint32 flags) {
        if (!(flags & Shell))
            return;
        bare = bare && std::all_of(word.begin(), word.end(), [](char16_t c) { return c < 128; }) &&
               punctuation.find(word.front()) == std::u16string_view::npos &&
               punctuation.find(word.back()) == std::u16string_view::npos;
    });
    return bare;
}());

constexpr WordTable table;

} // namespace

quint32 listedFlags(QStringView word)
{
    return table.flags(word);
}

namespace {

// wordEntry(), and wordFlags() with the heading index left for the compiler to drop.
LECTERN_ALWAYS_INLINE inline WordEntry lookUp(QStringView word)
{
    const size_t size = size_t(word.size());
    if (size < 5)
        return table.entry(word);
    // Inflected forms of common words count as English: "structures", "deployed", "caching".
    // Every suffix below ends in one of these letters: most code tokens stop here.
    const char16_t last = word.back().unicode();
    if (last != u's' && last != u'd' && last != u'g' && last != u'y' && last != u'r')
        return table.entry(word);
    if (!table.mayHoldStem(size, word[0].unicode()))
        return {0, quint16(HeadingWords)}; // neither the word nor a stem can be listed
    const char16_t *chars = word.utf16();
    // One pass gives the hashes of the word and of its stems (without 1, 2 and 3 units).
    quint32 without3 = HashStart;
    for (size_t i = 0; i + 3 < size; ++i)
        without3 = hashStep(without3, chars[i]);
    const quint32 without2 = hashStep(without3, chars[size - 3]);
    const quint32 without1 = hashStep(without2, chars[size - 2]);
    const WordEntry entry = table.entry(chars, size, hashEnd(hashStep(without1, last)));
    if (entry.flags & English)
        return entry;
    const auto english = [chars](size_t stem, quint32 state) {
        return bool(table.find(chars, stem, hashEnd(state)) & English);
    };
    // "libraries" -> "library", "caching" -> "cache": the stem and a letter, copied.
    const auto englishWith = [chars, size](quint32 state, char16_t end) {
        char16_t buffer[MaxLength];
        const size_t stem = size - 3;
        if (stem + 1 >= size_t(MaxLength))
            return false; // longer than any listed word
        std::copy(chars, chars + stem, buffer);
        buffer[stem] = end;
        return bool(table.find(buffer, stem + 1, hashEnd(hashStep(state, end))) & English);
    };
    const QStringView tail = word.last(3);
    bool inflected = false;
    switch (last) {
    case u's': // "-s", "-es", "-ies"
        inflected = english(size - 1, without1) ||
                    (tail[1] == u'e' && english(size - 2, without2)) ||
                    (tail == u"ies" && englishWith(without3, u'y'));
        break;
    case u'd': // "-d", "-ed"
        inflected = english(size - 1, without1) || (tail[1] == u'e' && english(size - 2, without2));
        break;
    case u'g': // "-ing"
        inflected = tail == u"ing" && (english(size - 3, without3) || englishWith(without3, u'e'));
        break;
    case u'y': // "-ly"
        inflected = tail[1] == u'l' && english(size - 2, without2);
        break;
    default: // "-er"
        inflected = tail[1] == u'e' && english(size - 2, without2);
        break;
    }
    return inflected ? WordEntry{entry.flags | English, entry.headingWord} : entry;
}

} // namespace

quint32 wordFlags(QStringView word)
{
    return lookUp(word).flags;
}

WordEntry wordEntry(QStringView word)
{
    return lookUp(word);
}

bool isFunctionWord(QStringView lower)
{
    return wordFlags(lower) & Function;
}

bool isEnglishWord(QStringView lower)
{
    return wordFlags(lower) & English;
}

bool isSentenceStarter(QStringView word)
{
    return wordFlags(word) & Starter;
}

bool isShellCommand(QStringView lower)
{
    return wordFlags(lower) & Shell;
}

} // namespace Lectern::StructureWords
