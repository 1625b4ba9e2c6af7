"""Domain terms for the cross-language gloss (:data:`.crosslang.GLOSS`): the specific nouns a
professional notes about a contact in fields the other tables cover thinly (crafts and trades,
farming, animals and plants, the clinic's specialties, conditions, instruments and therapies,
courts and public works, the sciences and their instruments, the performing arts and museums,
transport and ports, utilities and energy), data only, read with :mod:`.crosslang` (so only
for a message in another language than its notes): "la conceria di famiglia" and "runs the
family tannery", "ihr Umspannwerk-Projekt" and "the substation upgrade".

One thing a line, in the columns and with the matching rules of :mod:`.gloss`:
English | Spanish | French | German | Italian | Portuguese | Chinese | Japanese | Korean,
forms separated by commas, a line starting with four spaces going on with the line before
(an empty cell where no word of that language is safe to match).
Latin forms of five letters or more match the beginning of a word, so a stem is written
where its longer words would all be the same thing ("rheumatolog" -> "rheumatologist",
"Rheumatologie"; "centrifug" -> "centrifugeuse", "centrifuga") and whole words or plurals
where a stem would start unrelated words ("barricas", not "barrica", which starts
"barricada"; "requins", not "requin", which starts Portuguese "requintado"; "tortues", not
"tortue", which starts "tortueux"; "austern", not "auster", which starts "austerity"; no
"lavande", which starts "lavanderia"; no "cabra", which starts the name "Cabral"; no
"muelle", which starts "Mueller"); German compounds match by their first part
("Wasserkraft" -> "Wasserkraftwerk"). Shorter forms match a whole word or its plural ("quai",
not "quais", which starts Portuguese "quaisquer"). CJK forms match anywhere, two characters
or more, and none sits inside a common unrelated word (no Japanese "ビーカー", inside
"ベビーカー"; no "プラウ", inside "スプラウト"; no Korean "습지", inside "학습지", nor "치주",
inside "법치주의", nor "어선", inside "들어선"). No form is a phrase: words are matched one
at a time. Things whose every word is also a common abstract one (a rehearsal, a permit, a
pipeline, a container, silos) stay out, and so do forms that are, or start, a stop word or a
generic word (``lexicon.GENERIC_WORDS``) of any of the languages (a test checks).
"""

TABLE = """kiln, kilns | mufla, muflas | | brennofen, brennöfen | fornace, fornaci | fornalha |
    窑炉, 窑厂, 陶窑 | 窯元, 登り窯, 電気窯 | 장작가마, 전기가마, 가마터
glazes | esmalte, esmaltes | glaçure, glaçures | glasur, glasuren | smalto | esmalte, esmaltes | 釉料,
    釉面, 釉彩 | 釉薬 | 유약
loom, looms | telares | | webstuhl, webstühle | | teares | 织布机, 织机 | 織機, 機織り | 베틀, 직조기
dye, dyes, dyeing | tintes, colorantes | teintures | färberei, farbstoff | tintura, tinture |
    tingimento, corantes | 染料, 染坊, 扎染 | 染料, 草木染, 藍染 | 염료, 천연염색, 쪽염색
anvil, anvils | yunque, yunques | enclume, enclumes | amboss | incudine | bigorna | 铁砧 | 金床 | 모루
sawmill, sawmills | aserradero, aserraderos | scierie, scieries | sägewerk, sägewerke | segheria,
    segherie | serraria, serrarias | 锯木厂 | 製材所 | 제재소
tannery, tanneries | curtiduría, curtidor, curtidores | tannerie, tanneries, tanneur | gerberei |
    conceria, concerie | curtume, curtumes | 制革, 鞣革 | 皮なめし, なめし革 | 무두질, 제혁
upholstery, upholsterer, upholstered | tapicero, tapiceros, tapicería | tapissier, tapissiers |
    polsterei, polsterer | tappezziere, tappezzeria | estofador, estofamento | 软包 | 椅子張り, 布張り | 천갈이
embroidery, embroidered, embroider | bordado, bordados, bordadora | broderie, brodeuse | stickerei,
    stickereien | ricamo, ricami, ricamat | bordado, bordados | 刺绣 | 刺繍 | 자수공예
quilt, quilts, quilting, patchwork | patchwork | patchwork | patchwork, steppdecke | patchwork,
    trapunta, trapunte | patchwork | 拼布, 百衲被 | パッチワーク, キルト | 퀼트, 패치워크
lacquer, lacquerware, varnish, varnished | barniz, barnices | laques | lackierung, lackiert,
    lackierer | lacca, lacche | verniz, laca | 漆器, 生漆, 清漆 | 漆器, 漆塗り, 漆芸 | 옻칠, 칠기
goldsmith, goldsmiths, silversmith, silversmiths | orfebre, orfebres, orfebrería | orfèvre,
    orfèvres, orfèvrerie | goldschmied, silberschmied | orafo, orafi, oreficeria | ourives,
    ourivesaria | 金匠, 银匠 | 金細工, 銀細工, 彫金 | 금세공, 은세공
barrel, barrels, casks, cooperage | barril, barriles, barricas, toneles | tonneau, tonneaux,
    tonnellerie | fässer, böttcher, küfer | barile, barili, bottaio | barril, tonéis, tanoaria | 木桶,
    酒桶 | 酒樽 | 오크통, 술통
mosaic, mosaics | mosaico, mosaicos | mosaïque, mosaïques | mosaik | mosaico | mosaico | 镶嵌画,
    马赛克拼贴 | モザイク画 | 모자이크화, 모자이크아트
taxiderm | taxiderm | taxiderm | tierpräparator, taxiderm | tassiderm, imbalsamatore | taxiderm |
    动物标本 | 剥製 | 박제
scaffold, scaffolds, scaffolding | andamio, andamios, andamiaje | échafaudage, échafaudages |
    baugerüst, gerüstbau | ponteggio, ponteggi | andaime, andaimes | 脚手架 | 仮設足場, 足場工事 | 비계공사, 비계설치
plasterer, plasterers, plastering, drywall | yesero, yeseros, yesería, yeso | plâtrier, plâtriers,
    plâtres | stuckateur, gipser, trockenbau | stuccatore, intonaco, cartongesso | estucador,
    gesso | 抹灰, 石膏板 | 左官 | 미장공
chainsaw, chainsaws | motosierra, motosierras | tronçonneuse | kettensäge | motosega, motoseghe |
    motosserra | 电锯, 链锯 | チェーンソー | 전기톱, 체인톱
locksmith, locksmiths | cerrajero, cerrajería | serrurier, serrurerie | schlüsseldienst | |
    chaveiro | 锁匠, 开锁 | 鍵屋, 錠前 | 열쇠공
woodcarving, woodcarver, woodcarvers | tallista | | schnitzerei, holzschnitz | intagliatore,
    intaglio | entalhe, entalhador | 木雕 | 木彫, 木彫り | 목각
felting | fieltro | feutrage | filzen, filz | feltro | feltro | 羊毛毡 | 羊毛フェルト | 양모펠트
basketry, wicker, wickerwork | cestería, mimbre | vannerie, osier | korbflechten, korbflechter |
    vimini, cesteria | cestaria, vime | 藤编, 柳编 | かご編み, 籐細工 | 바구니공예, 라탄
cobbler, cobblers, shoemaker, shoemakers | zapatero, zapateros | cordonnier, cordonnerie |
    schuhmacher | calzolaio, calzolai | sapateiro | 鞋匠, 修鞋 | 靴職人 | 구두장인, 구두수선
milliner, millinery, hatmaker | sombrerero, sombrerería | chapelier, modiste | hutmacher |
    cappellaio, modista | chapeleiro | 帽匠, 制帽 | 帽子職人 | 모자장인
gilding, gilder | dorador | dorure | vergoldung, vergolder | doratura, doratore | douramento,
    dourador | 贴金, 鎏金 | 金箔 | 금박
luthier, luthiers | luthier, lutier | luthier | geigenbauer | liutaio, liutai | luthier | 制琴师,
    提琴制作 | 弦楽器製作 | 현악기제작
propolis | propóleo, propóleos | propolis | propolis | propoli | própolis | 蜂胶 | プロポリス | 프로폴리스
grafting, grafted | injerto, injertos, injertar | greffage, greffon | okulation, pfropfung |
    innesto, innesti | enxerto, enxertia | 嫁接 | 接ぎ木 | 접붙이기
pruning, pruners | poda, podas | élagage | baumschnitt, obstbaumschnitt, rebschnitt | potatura,
    potature | poda, podas | 剪枝, 修枝 | 剪定 | 가지치기
sheep, shepherd, shepherds, ewes | oveja, ovejas, ovino, ovinos | moutons, brebis, bergerie |
    schafe, schafzucht, schäfer | pecora, pecore, ovini | ovelha, ovelhas, ovinos | 绵羊, 羊群, 牧羊 |
    羊飼い, 牧羊, ヒツジ | 양떼, 목양
goats, goat | cabras, caprino, caprinos | chèvres, caprin | ziegen | capra, caprino | cabras,
    caprino | 山羊 | ヤギ, 山羊 | 흑염소, 산양유
pigs, pig, piglets, swine | cerdo, cerdos, porcinos | cochons, porcins | schweinezucht,
    schweinehalt | maiali, suini | porcos, suínos | 生猪, 养猪, 猪场 | 養豚, 豚舎 | 양돈, 양돈장
rabbits, bunnies | conejo, conejos | lapin, lapins | kaninchen | conigli, coniglio | coelhos | 兔子 |
    ウサギ, うさぎ | 토끼
alpaca, alpacas | alpaca, alpacas | alpaga, alpagas | alpaka, alpakas | alpaca | alpaca | 羊驼 |
    アルパカ | 알파카
mastitis | mastitis | mammite | mastitis, euterentzündung | mastite | mastite | 乳腺炎 | 乳房炎, 乳腺炎 | 유방염
fodder, silage, haystack, haystacks | forraje, forrajes, ensilado | fourrage, fourrages, ensilage |
    silage, grünfutter | foraggio, foraggi, insilato | forragem, feno, silagem | 饲草, 干草, 青贮 | 干し草,
    サイレージ | 건초, 조사료
stables | establo, establos, caballeriza | écurie, écuries | pferdestall, reitstall | stalla,
    stalle, scuderia | estábulo, estábulos, estrebaria | 马厩, 马房 | 厩舎, 馬小屋 | 마구간
kennel, kennels | perrera, perreras | chenils | hundepension | canile, canili | | 犬舍, 狗舍 | 犬舎 | 견사,
    개사육장
slaughterhouse, slaughterhouses, abattoir, abattoirs | matadero, mataderos | abattoir, abattoirs |
    schlachthof, schlachthöfe | mattatoio, macello | matadouro, abatedouro | 屠宰场 | 屠畜場, と畜場 | 도축장,
    도살장
sprinkler, sprinklers | aspersor, aspersores | arroseur, arroseurs, asperseur | rasensprenger,
    sprinkleranlage | irrigatore, irrigatori | aspersor, aspersores | 喷灌, 洒水器 | スプリンクラー | 스프링클러
borehole, boreholes | pozo, pozos | puits | brunnen | pozzo, pozzi | | 水井, 机井 | 井戸 | 우물, 관정
cistern, cisterns | cisterna, cisternas, aljibe, aljibes | citerne, citernes | zisterne, zisternen |
    cisterna, cisterne | cisterna, cisternas | 蓄水池, 储水罐 | 貯水槽, 貯水タンク | 물탱크, 저수조
trawler, trawlers, trawling | arrastrero, arrastreros, pesquero, pesqueros | chalutier, chalutiers,
    chalutage | trawler, fischkutter | peschereccio, pescherecci | traineira, traineiras | 拖网, 渔船 |
    漁船, トロール船, 底引き網 | 저인망, 트롤어선
oyster, oysters | ostras | huître, huîtres | austern, austernzucht | ostrica, ostriche | ostras |
    牡蛎, 生蚝 | 牡蠣, 生ガキ | 생굴, 굴양식
mussel, mussels | mejillón, mejillones | | miesmuschel | cozze, cozza | mexilhão, mexilhões | 贻贝,
    青口 | ムール貝 | 홍합
seedling, seedlings, saplings | plántula, plántulas, plantones, vivero, viveros | plantule,
    plantules, pépinière, pépinières | setzling, setzlinge, baumschule, sämling | vivaio | viveiro,
    viveiros, plântula | 幼苗, 苗圃, 育苗 | 苗木, 育苗 | 묘목, 모종
mulch, mulching | mantillo | paillage | mulch, mulchen | pacciamatura | palhada | 地膜 | マルチング | 멀칭
cactus, cacti, succulents | cactus | cactus | kaktus, kakteen, sukkulenten | cactus | cacto,
    cactos | 仙人掌, 多肉植物 | サボテン, 多肉植物 | 선인장, 다육식물, 다육이
bonsai | bonsái | bonsaï | bonsai | bonsai | bonsai | 盆景, 盆栽 | 盆栽 | 분재
orchid, orchids | orquídea, orquídeas | orchidée, orchidées | orchidee, orchideen | orchidea,
    orchidee | orquídea, orquídeas | 兰花 | 胡蝶蘭, 洋蘭 | 난초, 호접란
truffle, truffles | trufa, trufas | truffe, truffes | trüffel | tartufo, tartufi | trufa, trufas |
    松露 | トリュフ | 트러플
saffron | azafrán | safran | safran | zafferano | açafrão | 藏红花 | サフラン | 사프란
plough, ploughs, plow, plows | arado, arados | charrue, charrues | pflug, pflüge | aratro, aratri |
    arado, arados, charrua | 犁地, 耕犁 | | 쟁기
butterflies | mariposa, mariposas | papillon, papillons | schmetterling | farfalla | borboleta,
    borboletas | 蝴蝶 | 蝶々 |
whale, whales, dolphin, dolphins | ballena, ballenas, delfín, delfines | baleine, baleines,
    dauphins | walfang, delfin, delfine | balena, balene, delfino, delfini | baleia, baleias,
    golfinho, golfinhos | 鲸鱼, 海豚 | クジラ, イルカ | 고래, 돌고래
shark, sharks | tiburón, tiburones | requins | haifisch | squalo | tubarão, tubarões | 鲨鱼 | サメ | 상어
turtle, turtles, tortoise | tortuga, tortugas | tortues | schildkröte, schildkröten | tartaruga,
    tartarughe | tartaruga, tartarugas | 海龟, 乌龟 | ウミガメ | 거북이
cotton | algodón | cotonnier, cotonnière | baumwolle | cotone | algodão | 棉花 | 綿花, 木綿 | 목화, 면화
tobacco | tabaco | tabac | tabak | tabacco | tabaco | 烟草 | 煙草, たばこ, タバコ | 담배
barley | cebada | orge | gerste | orzo | cevada | 大麦 | 大麦 | 보리밭
sunflower, sunflowers | girasol, girasoles | tournesol, tournesols | sonnenblume | girasole,
    girasoli | girassol | 向日葵 | ひまわり, 向日葵 | 해바라기
tulip, tulips | tulipán, tulipanes | tulipe | tulpe, tulpen | tulipano, tulipani | tulipa | 郁金香 |
    チューリップ | 튤립
shrimp, shrimps, prawns | gambas, camarones | crevettes | garnelen | gamberi, gamberetti | camarões,
    camarão | 对虾, 养虾 | エビ養殖, 車海老 | 새우
lobster, lobsters | bogavante | homard | hummer | astice | lagosta | 龙虾 | ロブスター | 랍스터
farrier, farriers, horseshoe, horseshoes | herrador, herradura | ferrant | hufschmied, hufeisen |
    maniscalco, maniscalchi | ferrador, ferradura | 马蹄铁 | 装蹄, 蹄鉄 | 편자, 장제사
gastroenterolog | gastroenterolog | gastroentérolog | gastroenterolog | gastroenterolog |
    gastroenterolog | 消化科, 消化内科, 胃肠科 | 消化器内科, 消化器科 | 소화기내과
urolog | urolog | urolog | urolog | urolog | urolog | 泌尿科 | 泌尿器科 | 비뇨기과, 비뇨의학과
gynecolog, gynaecolog | ginecolog | gynécolog | gynäkolog | ginecolog | ginecolog | 妇科 | 婦人科 |
    부인과질환, 부인과전문의
rheumatolog, rheumatism | reumatolog, reuma | rhumatolog, rhumatisme | rheumatolog, rheuma |
    reumatolog | reumatolog, reumatismo | 风湿 | リウマチ | 류마티스, 류머티즘
endocrinolog | endocrinolog | endocrinolog | endokrinolog | endocrinolog | endocrinolog | 内分泌 |
    内分泌 | 내분비
hematolog, haematolog | hematolog | hématolog | hämatolog | ematolog | hematolog | 血液科 | 血液内科 | 혈액내과
psychiatr | psiquiatr | psychiatr | psychiatr | psichiatr | psiquiatr | 精神科, 精神病院 | 精神科 | 정신과
geriatr | geriatr | gériatr | geriatr | geriatr | geriatr | 老年医学, 老年科 | 老年医学, 老年科 | 노인의학, 노인병
orthodont | ortodon | orthodont | kieferorthopäd, zahnspange | ortodon | ortodon | 正畸, 牙套 | 歯列矯正,
    矯正歯科 | 치아교정, 교정치과
podiatr, chiropod | podolog | podolog | podolog, fußpfleg | podolog | podolog | 足病, 足科 | 足病医,
    フットケア | 족부
optometr | optometr | optométr | optometr | optometr | optometr | 验光 | 検眼, 視能訓練士 | 검안, 옵토메트리
scalpels, forceps | bisturí, bisturíes, fórceps | bistouri, forceps | skalpell | bisturi, forcipe |
    bisturi, fórceps | 手术刀 | 手術用メス, 鉗子 | 수술칼, 겸자
endoscop, colonoscop, gastroscop | endoscop, colonoscop | endoscop, coloscop | endoskop,
    darmspiegelung, magenspiegelung | endoscop, colonscop | endoscop, colonoscop | 内镜, 内窥镜, 胃镜, 肠镜 |
    内視鏡 | 내시경
defibrillat | desfibrilad | défibrillat | defibrillat | defibrillat | desfibrilad, desfibrilhad |
    除颤 | 除細動 | 제세동
inhaler, inhalers, nebulizer, nebuliser | inhalador, inhaladores, nebulizador | inhalateur,
    nébuliseur | inhalator | inalatore, nebulizzatore | inalador, nebulizador | 吸入器, 雾化器 | 吸入器,
    ネブライザー | 흡입기, 네뷸라이저
mri | resonancia | irm | kernspin | risonanza | ressonância | 核磁共振 | 磁気共鳴 | 자기공명, 엠알아이
tomograph | tomograf | tomograph, tomodensitom | tomograph, tomograf | tomograf | tomograf | 断层扫描,
    断层成像 | 断層撮影 | 단층촬영
radiograph, xray, xrays | radiograf | radiograph | röntgen | radiograf | radiograf | X光 | レントゲン |
    엑스레이, 엑스선
suture, sutures | sutura, suturas | suture, sutures | wundnaht | sutura, suture | sutura, suturas |
    缝合, 缝针 | 縫合 | 봉합
splints | férula, férulas, escayola | attelle, attelles | gipsverband | ingessatura | | 夹板, 石膏固定 |
    副木, ギプス | 부목, 깁스
denture, dentures | dentadura, dentaduras | dentier, dentiers | gebiss, zahnprothese | dentiera,
    dentiere | dentadura, dentaduras | 假牙 | 入れ歯, 義歯 | 틀니
endodont | endodonc, endodont | endodont | wurzelbehandlung | endodonz, devitalizzaz | endodont |
    根管 | 根管 | 신경치료
caries | caries | carie, caries | karies | carie | cárie, cáries | 龋齿, 蛀牙 | 虫歯, むし歯 | 충치
periodont | periodonc, periodont | parodont | parodont | parodont | periodont | 牙周 | 歯周病 | 치주염, 치주질환
glaucoma | glaucoma | glaucome | glaukom | glaucoma | glaucoma | 青光眼 | 緑内障 | 녹내장
cataract, cataracts | catarata | cataracte | katarakt | cataratta | catarata | 白内障 | 白内障 | 백내장
retina, retinal | retina | rétine | netzhaut | retina | retina | 视网膜 | 網膜 | 망막
tinnitus | acúfenos, tinnitus | acouphène, acouphènes | tinnitus | acufene, acufeni | acufeno | 耳鸣 |
    耳鳴り | 이명증
migraine, migraines | migraña, migrañas, jaqueca | migraine, migraines | migräne | emicrania |
    enxaqueca | 偏头痛 | 片頭痛, 偏頭痛 | 편두통
epilep | epilep | épilep | epilep | epiless | epilep | 癫痫 | てんかん | 뇌전증
arthritis, arthrosis, osteoarthritis | artritis, artrosis | arthrite, arthrose | arthritis,
    arthrose | artrite, artrosi | artrite, artrose | 关节炎 | 関節炎 | 관절염
osteopor | osteopor | ostéopor | osteopor | osteopor | osteopor | 骨质疏松 | 骨粗鬆症, 骨粗しょう症 | 골다공증
scolios | escolios | scolios | skolios | scolios | escolios | 侧弯 | 側弯症, 側湾症 | 측만증
parkinson | parkinson | parkinson | parkinson | parkinson | parkinson | 帕金森 | パーキンソン | 파킨슨
sclerosis | esclerosis | sclérose | sklerose | sclerosi | esclerose | 硬化症 | 硬化症 | 경화증
fibrosis | fibrosis | fibrose, mucoviscidose | mukoviszidose, fibrose | fibrosi | fibrose | 纤维化 |
    線維症 | 섬유증
psoria | psoria | psoria | psoria, schuppenflechte | psoria | psoría | 银屑病, 牛皮癣 | 乾癬 | 건선
eczema, dermatit | eccema, dermatitis | eczéma, dermatite | ekzem, neurodermitis | eczema,
    dermatite | eczema, dermatite | 湿疹, 皮炎 | 湿疹, 皮膚炎, アトピー | 습진, 아토피, 피부염
anemia, anaemia | anemia | anémie | anämie | anemia | anemia | 贫血 | 貧血 | 빈혈
sepsis | sepsis, septicemia | sepsis, septicémie | sepsis, blutvergiftung | sepsi, setticemia |
    sepse, septicemia | 败血症, 脓毒症 | 敗血症 | 패혈증
pneumonia | neumonía, pulmonía | pneumonie | pneumonie, lungenentzündung | polmonite | pneumonia |
    肺炎 | 肺炎 | 폐렴
bronchit | bronquit | bronchit | bronchit | bronchit | bronquit | 支气管炎 | 気管支炎 | 기관지염
hernia, hernias | hernia, hernias | hernie, hernies | hernie, leistenbruch, bandscheibenvorfall |
    ernia | hérnia, hérnias | 疝气, 椎间盘突出 | ヘルニア | 탈장, 추간판
measles | sarampión | rougeole | masern | morbillo | sarampo | | はしか | 홍역
dengue | dengue | dengue | dengue | dengue | dengue | 登革热 | デング熱 | 뎅기열
thyroid | tiroides | thyroïde | schilddrüse | tiroide | tireoide, tiroide | 甲状腺 | 甲状腺 | 갑상선
celiac, coeliac | celíaco, celíaca, celiaquía | coeliaque, cœliaque | zöliakie | celiachia,
    celiaco | celíaco, celíaca | 乳糜泻 | セリアック | 셀리악
tendinit, tendonit | tendinit | tendinit | sehnenentzündung | tendinit | tendinit | 肌腱炎 | 腱鞘炎, 腱炎 |
    건염, 건초염
sciatica | ciática | sciatique | ischias | sciatica | ciática | 坐骨神经痛 | 坐骨神経痛 | 좌골신경통
hepatit | hepatit | hépatit | hepatit | epatit | hepatit | 肝炎 | 肝炎 | 간염
leukemia, leukaemia | leucemia | leucémie | leukämie | leucemia | leucemia | 白血病 | 白血病 | 백혈병
cholesterol | colesterol | cholestérol | cholesterin | colesterolo | colesterol | 胆固醇 | コレステロール |
    콜레스테롤
ulcer, ulcers | úlcera, úlceras | ulcère, ulcères | geschwüre, magengeschwür, ulkus | ulcera,
    ulcere | úlcera, úlceras | 溃疡 | 潰瘍 | 궤양
dyslexi | dislexi | dyslexi | legasthenie, dyslexi | dislessi | dislexi | 阅读障碍 | ディスレクシア, 読字障害 | 난독증
adhd | tdah | tdah | adhs | adhd | tdah | 多动症 | 注意欠如 | 주의력결핍
stutter, stuttering, stammer | tartamudez, tartamudo | bégaiement, bégayer | stottern | balbuzie |
    gagueira, gaguez | 口吃 | 吃音 | 말더듬
acupunct | acupunt | acupunct | akupunkt | agopunt | acupunt | 针灸 | 鍼灸, 針灸, 鍼治療 | 침술, 침치료
chiropract | quiropráct | chiropract, chiropraxie, chiroprat | chiroprakt | chiroprat | quiropraxia,
    quiroprata | 整脊 | カイロプラクティック | 카이로프랙틱, 도수치료
osteopath | osteopat | ostéopath | osteopath | osteopat | osteopat | 整骨 | オステオパシー, 整骨院 | 정골의학,
    오스테오파시
homeopath, homoeopath | homeopat | homéopath | homöopath | omeopat | homeopat | 顺势疗法 | ホメオパシー | 동종요법
massage, massages, masseur, masseuse | masaje, masajes, masajista | massage, masseur | massage,
    masseur | massaggi, massaggio, massaggiatore | massagem, massagista | 按摩, 推拿 | マッサージ | 마사지, 안마
hypnos, hypnotherap | hipnosis, hipnoterap | hypnose | hypnose | ipnosi | hipnose | 催眠 | 催眠 | 최면
logoped | logoped | orthophon | logopäd | logoped | logoped | 言语治疗, 语言治疗 | 言語聴覚士, 言語療法 | 언어치료
forensic, forensics, autopsy, autopsies, coroner, coroners | forense, autopsia | légiste, autopsie |
    forensik, rechtsmedizin, autopsie, obduktion | forense, autopsia | forense, autópsia | 法医, 尸检,
    验尸 | 法医学, 鑑識, 検死 | 법의학, 과학수사, 부검
mammograph, mammogram | mamograf | mammograph | mammograph, mammograf | mammograf | mamograf | 钼靶 |
    マンモグラフィ | 유방촬영, 맘모그래피
stretcher, stretchers | camillas, camillero | brancard | krankentrage | barella, barelle | padiola |
    担架 | 担架, ストレッチャー | 들것
tourniquet | torniquete | garrot | aderpresse | tourniquet | torniquete | 止血带 | 止血帯 | 지혈대
transfus | transfus | transfus | transfus, bluttransfus | trasfus | transfus | 输血 | 輸血 | 수혈
cochlea | coclear | cochléaire | cochlea | cocleare | coclear | 人工耳蜗 | 人工内耳 | 인공와우
botox | botox | botox | botox | botox | botox | 肉毒 | ボトックス | 보톡스
ivf | fiv | fiv | ivf | fivet | fiv | 试管婴儿 | 体外受精 | 시험관시술
courthouse, courthouses, tribunal, tribunals | tribunal, tribunales | tribunal, tribunaux |
    amtsgericht, landgericht, gerichtssaal | tribunale, tribunali | tribunal, tribunais | 法庭, 法官 |
    裁判所, 法廷 | 법원
jury, juries, juror, jurors | jurados | jury | geschworene, geschworenen, schöffen | giuria, giurie,
    giurati | júri, jurados | 陪审团, 陪审员 | 陪審, 裁判員 | 배심원
prosecutor, prosecutors | fiscalía | procureur | staatsanwalt | procuratore | promotoria | 检察官,
    检察院 | 検察, 検事 | 검찰
zoning | zonificación | zonage | bebauungsplan, flächennutzungsplan | zonizzazione | zoneamento |
    分区规划 | 用途地域 | 용도지역
cadastre, cadastral | catastral, catastrales | cadastre, cadastral | kataster, grundbuch | catasto,
    catastale | | 地籍 | 登記簿, 地籍 | 등기부, 지적도
archivist, archivists | archivero, archivista | archiviste | archivarin | archivista | arquivista |
    档案馆, 档案管理员 | 文書館, アーキビスト | 기록연구사, 기록관
passport, passports | pasaporte, pasaportes | passeport, passeports | reisepass | passaporto,
    passaporti | passaporte, passaportes | 护照 | 旅券, パスポート | 여권
landfill, landfills | vertedero, vertederos | enfouissement | mülldeponie, deponien | discarica,
    discariche | aterros, lixão, lixões | 填埋场 | 埋立地, 最終処分場 | 매립지
incinerat | incinera | incinérat | müllverbrennung, verbrennungsanlage | inceneri | incinera | 焚烧炉,
    焚烧厂 | 焼却 | 소각장, 소각로
lifeguard, lifeguards | socorrista, socorristas | sauveteur, sauveteurs | rettungsschwimmer |
    bagnino, bagnini | | 救生员 | ライフガード | 인명구조원, 라이프가드
roundabout, roundabouts | rotonda, rotondas, glorieta, glorietas | giratoire, giratoires |
    kreisverkehr | rotatoria, rotatorie | rotatória | 环岛 | 環状交差点, ラウンドアバウト | 회전교차로
streetlight, streetlights, lamppost, lampposts | farola, farolas | lampadaire, lampadaires |
    straßenlaterne, straßenbeleuchtung | lampione, lampioni | candeeiros | 路灯 | 街灯 | 가로등
ombudsman | defensoría | ombudsman | ombudsmann, bürgerbeauftragte | ombudsman | ouvidoria | 监察专员 |
    オンブズマン | 옴부즈만
surveyor, surveyors | topógrafo, agrimensor | géomètre, arpenteur | vermesser, vermessung |
    geometra, topografo | agrimensor, topógrafo | 测量员, 测绘 | 測量士, 測量 | 측량
orphanage, orphanages, orphans | orfanato, orfanatos, huérfanos | orphelinat, orphelins |
    waisenhaus, waisen | orfanotrofio, orfani | orfanato, órfãos | 孤儿院, 孤儿 | 児童養護施設, 孤児 | 고아원
barometer, barometers | barómetro | baromètre | barometer | barometro | barômetro | 气压计 | 気圧計 | 기압계
anemomet | anemómet | anémomèt | anemomet, windmesser | anemomet | anemômet | 风速计 | 風速計 | 풍속계
seismograph, seismometer | sismógraf, sismómetro | sismograph, sismomètre | seismograph,
    seismometer | sismograf, sismometro | sismógraf | 地震仪 | 地震計 | 지진계
paleontolog, palaeontolog, dinosaur, fossils | paleontolog, dinosaurio | paléontolog, dinosaure |
    paläontolog, dinosaurier | paleontolog, dinosauro, dinosauri | paleontolog, dinossauro | 古生物,
    恐龙 | 古生物, 恐竜 | 고생물, 공룡
mineralog | mineralog | minéralog | mineralog | mineralog | mineralog | 矿物学 | 鉱物学, 鉱物 | 광물학
basalt | basalto | basalte | basalt | basalto | basalto | 玄武岩 | 玄武岩 | 현무암
marble | mármol | marbre | marmor | marmo | mármore | 大理石 | 大理石 | 대리석
sediment | sediment | sédiment | sediment | sediment | sediment | 沉积 | 堆積物 | 퇴적
aquifer, aquifers, groundwater | acuífero, acuíferos | aquifère | grundwasser | acquifero,
    acquiferi | aquífero | 地下水, 含水层 | 地下水, 帯水層 | 지하수, 대수층
hydrolog | hidrolog | hydrolog | hydrolog | idrolog | hidrolog | 水文学, 水文 | 水文学 | 수문학
pluviomet, raingauge | pluviómet | pluviomèt | regenmesser | pluviomet | pluviômet | 雨量计 | 雨量計 | 우량계
hygromet | higrómet | hygromèt | hygromet | igromet | higrômet | 湿度计 | 湿度計 | 습도계
pipette, pipettes | pipeta, pipetas | pipette | pipette | pipetta, pipette | pipeta | 移液管, 移液器 |
    ピペット | 피펫
centrifug | centrífug | centrifug | zentrifug | centrifug | centrífug | 离心机 | 遠心分離機, 遠心機 | 원심분리기
beaker, beakers | matraz, matraces | éprouvette, éprouvettes | becherglas, reagenzglas | provetta,
    provette | proveta, provetas, béquer | 烧杯 | 試験管 | 비커
autoclav | autoclav | autoclav | autoklav | autoclav | autoclav | 高压灭菌, 高压釜 | オートクレーブ | 오토클레이브, 고압멸균
bunsen | bunsen | bunsen | bunsen | bunsen | bunsen | 本生灯 | ブンゼンバーナー | 분젠버너
distiller, distillation | destil | distiller, distillation | destill, brennerei | distiller,
    distillaz | destil | 蒸馏 | 蒸留 | 증류
observator | observatorio | observatoire | sternwarte, observatorium | osservatorio | observatório |
    天文台 | 天文台 | 천문대
lightning | relámpago, relámpagos | foudre | blitzeinschlag, blitzschlag | fulmine, fulmini |
    relâmpago, relâmpagos | 闪电, 雷击 | 稲妻, 落雷 | 번개, 낙뢰
hailstorm, hailstorms, hailstones | granizo, granizada | grêle | hagel, hagelsturm | grandine,
    grandinata | granizo | 冰雹 | 降雹 | 우박
meteorit | meteorit | météorit | meteorit | meteorit | meteorit | 陨石 | 隕石 | 운석
eclipse, eclipses | eclipse, eclipses | éclipse, éclipses | sonnenfinsternis, mondfinsternis |
    eclissi | eclipse, eclipses | 日食, 月食 | 日食, 月食, 皆既 | 개기일식, 월식
herbari | herbari | herbier | herbari | erbario | herbário | 植物标本 | 植物標本 | 식물표본
magnifier, magnifiers | lupa | loupes | vergrößerungsglas | | lupa | 放大镜 | 虫眼鏡, ルーペ | 돋보기, 확대경
plankton | plancton | plancton | plankton | plancton | plâncton | 浮游生物 | プランクトン | 플랑크톤
mangrov | manglar, manglares | mangrov | mangrov | mangrovi | manguezal, manguezais | 红树林 | マングローブ |
    맹그로브
wetland, wetlands | humedal, humedales | marais | feuchtgebiet | palude | pântano | 湿地 | 湿地, 湿原 |
    습지대, 갯벌
astrophysi | astrofísic | astrophysi | astrophysi | astrofisic | astrofísic | 天体物理 | 天体物理 | 천체물리
collider, colliders | colisionador | collisionneur | teilchenbeschleuniger | collisore | colisor |
    对撞机 | 衝突型加速器 | 충돌기
mycolog | micolog | mycolog | mykolog | micolog | micolog | 真菌学 | 菌類学 | 균학
crystallograph | cristalograf | cristallograph | kristallograph | cristallograf | cristalograf |
    晶体学 | 結晶学 | 결정학
isotop | isótop | isotop | isotop | isotop | isótop | 同位素 | 同位体 | 동위원소
costumier, costumiers, costuming | figurinista, vestuarista | costumier, costumière | kostümbild |
    costumista, costumisti | figurinista, figurino | 戏服 | 舞台衣装 | 무대의상
backstage | bastidores | coulisses | hinterbühne | retroscena | bastidores | 幕后 | 楽屋, 舞台裏 | 백스테이지
scenograph | escenograf | scénograph | bühnenbild | scenograf | cenograf | 舞美, 舞台美术 | 舞台美術 | 무대미술
juggler, jugglers | malabarista, malabarismo | jongleur, jonglage | jongleur | giocoliere,
    giocoleria | malabarista, malabarismo | 杂耍 | ジャグリング | 저글링
acrobats, acrobatics | acrobacia, acróbata | acrobate, acrobatie | akrobat | acrobata, acrobazia |
    acrobata, acrobacia | 杂技 | アクロバット, 曲芸 | 아크로바틱
magician, magicians, illusionist | ilusionista, prestidigitador | magicien, prestidigitateur |
    zauberer, zauberkünstler | prestigiatore, illusionista | ilusionista | 魔术师 | 手品, マジシャン, 奇術 | 마술사
playwright, playwrights, dramatist | dramaturg | dramaturg | dramatiker, dramaturg | drammaturg |
    dramaturg | 剧作家 | 劇作家 | 극작가
screenwriter, screenwriters, screenplay, screenplays | guionista, guionistas | scénariste,
    scénaristes | drehbuch | sceneggiat | roteirista | 编剧 | 脚本家 | 각본가, 시나리오작가
harp, harps, harpist | arpa, arpista | harpes, harpiste | harfe, harfenist | arpa, arpista | harpa,
    harpista | 竖琴 | ハープ | 하프연주, 하피스트
cellist, cellists, cellos, violoncell | violonchelo, violonchelista | violoncel | cellist,
    violoncell | violoncell | violoncel | 大提琴 | チェロ | 첼로
trumpet, trumpets, trumpeter | trompet | trompett | trompete, trompeter | trombettista | trompet |
    小号手 | トランペット | 트럼펫
organist, organists | organista | organiste | organist | organista | organista | 管风琴 | パイプオルガン |
    파이프오르간, 오르가니스트
easel, easels | caballete, caballetes | chevalet, chevalets | staffelei | cavalletto, cavalletti |
    cavalete, cavaletes | 画架 | イーゼル | 이젤
pigment | pigment | pigment | pigment | pigment | pigment | 颜料 | 顔料 | 안료
curator, curators | curador, curadora, curaduría | | kurator, kuratorin | curatore, curatrice |
    curador, curadora, curadoria | 策展人, 策展 | 学芸員, キュレーター | 큐레이터, 학예사
vernissage | vernissage | vernissage | vernissage | vernissage | vernissage | 开幕酒会 | 内覧会 | 베르니사주
soprano, sopranos | soprano | soprano | sopranistin | soprano | soprano | 女高音 | ソプラノ | 소프라노
choreograph | coreógraf | chorégraph | choreograph | coreograf | coreógraf | 编舞 | 振付, 振り付け | 안무
tapestry, tapestries | tapiz, tapices | tapisserie | wandteppich, gobelin | arazzo, arazzi |
    tapeçaria | 挂毯 | タペストリー | 태피스트리
origami | origami | origami | origami | origami | origami | 折纸 | 折り紙 | 종이접기
tattoo, tattooist | tatuaje, tatuajes, tatuador | tatouage, tatoueur | tattoo, tätowierung |
    tatuaggi, tatuaggio, tatuatore | tatuagem, tatuador | 纹身, 刺青 | タトゥー, 刺青, 入れ墨 | 타투, 문신
graffit | grafiti, graffit | graffit, graffeur | graffit | graffit | grafiteiro, graffit | 涂鸦 |
    グラフィティ | 그래피티
flamenco | flamenco | flamenco | flamenco | flamenco | flamenco | 弗拉门戈 | フラメンコ | 플라멩코
tango, tangos | tango | tango | tango | tango | tango | 探戈 | タンゴ | 탱고
cabaret | cabaret | cabaret | kabarett | cabaret | cabaré | 卡巴莱 | キャバレー | 카바레
carnival, carnivals | carnaval | carnaval | karneval, fasching | carnevale | carnaval | 狂欢节 |
    カーニバル | 카니발
lithograph | litograf | lithograph | lithograph, lithograf | litograf | litograf | 石版画 | リトグラフ,
    石版画 | 석판화
metronom | metrónom | métronom | metronom | metronom | metrônom | 节拍器 | メトロノーム | 메트로놈
karaoke | karaoke | karaoké | karaoke | karaoke | karaokê | 卡拉OK | カラオケ | 가라오케
bagpipe, bagpipes | gaita, gaitas | cornemuse | dudelsack | cornamusa, zampogna | gaita | 风笛 |
    バグパイプ | 백파이프
harmonica | armónica | harmonica | mundharmonika | armonica | harmónica | 口琴 | ハーモニカ | 하모니카
banjo | banjo | banjo | banjo | banjo | banjo | 班卓琴 | バンジョー | 밴조
mandolin | mandolina | mandoline | mandoline | mandolino, mandolini | bandolim | 曼陀林 | マンドリン | 만돌린
oboe, oboes, oboist | oboe | hautbois | oboe | oboe | oboé | 双簧管 | オーボエ | 오보에
trombon | trombón | trombone | posaune | trombone | trombone | 长号 | トロンボーン | 트롬본
xylophon | xilófon | xylophon | xylophon | xilofon | xilofon | 木琴 | 木琴, シロフォン | 실로폰
synthesizer, synthesiser, synthesizers | sintetizador | synthétiseur | synthesizer |
    sintetizzatore | sintetizador | 合成器 | シンセサイザー | 신시사이저
locomotiv | locomotora, locomotoras | locomotiv | lokomotiv | locomotiv | locomotiv | 火车头, 蒸汽机车 |
    機関車 | 기관차
wagon, wagons, railcar, railcars | vagón, vagones | wagon, wagons | waggon, waggons, güterwagen |
    vagone, vagoni | vagão, vagões | 车皮 | 貨車 | 화차
quay, quays, wharf, wharves | muelles | quai | kaimauer, anlegestelle, landungssteg | molo, moli,
    banchina | cais | 栈桥 | 埠頭, 岸壁, 桟橋 | 부두, 선착장
dredging, dredger, dredgers | dragado | dragage | nassbagger, baggerschiff | dragaggi | dragagem |
    疏浚, 挖泥船 | 浚渫 | 준설
tugboat, tugboats | remolcador, remolcadores | remorqueur, remorqueurs | schleppboot,
    hafenschlepper | rimorchiatore, rimorchiatori | rebocador, rebocadores | 拖船, 拖轮 | タグボート, 曳船 |
    예인선
barges | barcaza, barcazas | péniche, péniches | lastkahn, binnenschiff | chiatta, chiatte |
    barcaça, barcaças | 驳船 | バージ船 | 바지선
stevedore, stevedores, longshoremen, longshoreman, dockworker, dockworkers | estibador,
    estibadores | | hafenarbeiter | camalli | estivador, estivadores | 码头工人, 装卸工 | 港湾労働者, 荷役 |
    항만노동자, 하역
hangar, hangars | hangar | hangar | hangar | hangar | hangar | 机库 | 格納庫 | 격납고
funicular, cablecar | funicular, teleférico | funiculaire, téléphérique | standseilbahn, seilbahn |
    funicolare, funivia | funicular, teleférico, bondinho | 缆车, 索道 | ロープウェイ | 곤돌라
motorhome, motorhomes, campervan, campervans | autocaravana, autocaravanas | caravane, caravanes |
    wohnmobil, wohnwagen | autocaravan, roulotte | autocaravana, motorhome | 房车 | キャンピングカー | 모터홈
tanker, tankers | petrolero, petroleros | pétrolier, pétroliers | tanker, tankschiff | petroliera,
    petroliere | petroleiro, petroleiros | 油轮 | タンカー | 유조선
tachograph | tacógrafo | chronotachygraphe | fahrtenschreiber, tachograph | tachigrafo | tacógrafo |
    行驶记录仪 | タコグラフ, 運行記録計 | 운행기록계, 타코그래프
glider, gliders | planeador, planeadores | planeur, planeurs | segelflug, segelflieger | aliante,
    alianti | planador, planadores | 滑翔机 | グライダー | 글라이더
buoy, buoys | boya, boyas | bouée, bouées | boje, bojen | gavitello | bóias | 浮标 | 浮標 | 부표
monorail | monorraíl, monorriel | monorail | einschienenbahn | monorotaia | monotrilho | 单轨 |
    モノレール | 모노레일
seaplane, seaplanes | hidroavión | hydravion | wasserflugzeug | idrovolante | hidroavião | 水上飞机 |
    水上飛行機 | 수상비행기
rickshaw, rickshaws | rickshaw, bicitaxi | rickshaw | rikscha | risciò | riquixá | 人力车 | 人力車, リキシャ |
    인력거
trolleybus | trolebús | trolleybus | oberleitungsbus | filobus | trólebus | 无轨电车 | トロリーバス | 트롤리버스
substation, substations | subestac | | umspannwerk | sottostazione | subestac | 变电站, 变电所 | 変電所 | 변전소
hydropower, hydroelectr | hidroeléctric | hydroélectr | wasserkraft | idroelettric | hidrelétric,
    hidroelétric | 水电站, 水力发电 | 水力発電 | 수력발전
valves | válvula, válvulas | vannes, robinetterie | ventile | valvola, valvole | válvula, válvulas |
    阀门 | バルブ | 밸브
thermostat | termostat | thermostat | thermostat | termostat | termostat | 恒温器, 温控器 | サーモスタット |
    온도조절기
hydrant, hydrants | hidrante, hidrantes | hydrant | hydrant | idrante, idranti | hidrante,
    hidrantes | 消防栓 | 消火栓 | 소화전
blackout, blackouts, outage, outages | apagón, apagones | blackout | stromausfall | blackout |
    apagão | 停电, 断电 | 停電 | 정전사태, 대정전
drainage | drenaje | drainage | entwässerung, drainage | drenaggio | drenagem | 排水管, 排水沟 | 排水路,
    排水溝 | 배수로, 배수관
gutter, gutters | canalón, canalones | gouttière, gouttières | dachrinne | grondaia, grondaie |
    calhas | 檐沟, 天沟 | 雨樋 | 빗물받이, 홈통
osmosis | ósmosis | osmose | osmose | osmosi | osmose | 反渗透 | 逆浸透 | 역삼투
dikes, dike | dique, diques | digue, digues | deiche, deichbau | argine | dique, diques | 堤坝, 堤防 |
    堤防 | 제방
fracking | fracking | fracking | fracking | fracking | fracking | 水力压裂 | フラッキング, 水圧破砕 | 수압파쇄
uranium | uranio | uranium | uran | uranio | urânio | 铀矿, 浓缩铀 | ウラン | 우라늄
"""
