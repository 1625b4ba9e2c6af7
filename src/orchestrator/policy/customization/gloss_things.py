"""Everyday things for the cross-language gloss (:data:`.crosslang.GLOSS`): the concrete
nouns that professional notes mention beside their fields (weather and landscape, the body
and the clinic's instruments, the home and its furniture, tools, clothes, vehicles and
travel, office equipment, music and the arts, public places), data only, read with
:mod:`.crosslang` (so only for a message in another language than its notes):
"die Lawine am Pass" and "caught in an avalanche", "la mochila de su catéter" and "catheter".

One thing a line, in the columns and with the matching rules of :mod:`.gloss`:
English | Spanish | French | German | Italian | Portuguese | Chinese | Japanese | Korean,
forms separated by commas, a line starting with four spaces going on with the line before.
Latin forms of five letters or more match the beginning of a word, so a stem is written
where its longer words would all be the same thing ("cardiolog" -> "cardiologist",
"Kardiologie", "cardiología") and whole words or plurals where a stem would start unrelated
words ("orchestras", not "orchestra", which starts "orchestration"; "implants", not
"implant", which starts French "implantation"; "seas", not "sea", a Spanish stop word; no
"isola", which starts Italian "isolamento"; no "piano", Italian for a plan; no "forni",
which starts Italian "fornitore"); German compounds match by their first part
("Handschuh" -> "Handschuhe"). Shorter forms match a whole word or its plural. CJK forms
match anywhere, two characters or more, and none sits inside a common unrelated word (no
Japanese "マイク", inside "マイクロ"; no "モスク", inside "モスクワ"; no Korean "지도", also
guidance, nor "하프", inside "하프마라톤"). No form is a phrase: words are matched one at a
time. Things whose every word is also a common abstract one (a chair, a window, a key, a
stage, a ticket, a thread, a phone) stay out, and so do forms that are, or start, a stop
word or a generic word (``lexicon.GENERIC_WORDS``) of any of the languages (a test checks).
"""

TABLE = """maps, map, cartography | mapa, mapas, cartografía | cartographie | landkarte, landkarten,
    stadtplan | mappa, mappe, cartografia | mapa, mapas, cartografia | 地图 | 地図 | 지도앱, 지도책
clouds, cloud, cloudy | nube, nubes, nublado | nuage, nuages, nuageux | wolke, wolken, bewölkt |
    nuvola, nuvole, nuvoloso | nuvem, nuvens, nublado | 云层, 云朵, 乌云 | 雨雲, 曇り, 雲海 | 구름
storm, storms, thunderstorm | tormenta, tormentas | tempête, tempêtes, orage, orages | unwetter,
    gewitter, orkan | tempesta, tempeste | tempestade, tempestades | 暴风雨, 雷雨 | 暴風雨, 雷雨 | 폭풍, 뇌우
snow, snowfall, snowy | nieve, nevadas | neige, enneigé | schnee | neve, nevicata, nevicate | neve |
    下雪, 积雪, 大雪 | 積雪, 大雪, 雪景色 | 폭설, 적설, 눈사람
fog, foggy | niebla, neblina | brouillard | nebel | nebbia | nevoeiro, neblina | 大雾, 浓雾 | 濃霧 |
    안개
hurricane, hurricanes, typhoon, typhoons, cyclone, cyclones, tornado, tornadoes | huracán,
    huracanes, tifón, ciclón, tornado | ouragan, typhon, cyclone, tornade | hurrikan, taifun,
    wirbelsturm, tornado | uragano, tifone, ciclone, tornado | furacão, tufão, ciclone, tornado |
    台风, 飓风, 龙卷风 | 台風, ハリケーン, 竜巻 | 태풍, 허리케인, 토네이도
tsunami, tsunamis | tsunami, maremoto | tsunami | tsunami | tsunami, maremoto | tsunami, maremoto |
    海啸 | 津波 | 쓰나미, 해일
landslide, landslides, mudslide | derrumbe, derrumbes, corrimiento | éboulement, éboulements |
    erdrutsch, murgang | frana, frane | desmoronamento | 山体滑坡, 泥石流 | 土砂崩れ, 地すべり | 산사태
avalanche, avalanches | avalancha, avalanchas, alud | avalanche | lawine, lawinen | valanga,
    valanghe | avalanche | 雪崩 | 雪崩 | 눈사태
river, rivers, riverside | ríos | rivière, rivières, fleuve, fleuves | flussufer, flüsse | fiume,
    fiumi | rios | 河流, 河边, 河畔 | 河川, 川沿い, 河畔 | 하천, 강변
islands, island | isla, islas | île, îles, insulaire | insel, inseln | isolotto, arcipelago |
    ilha, ilhas | 岛屿, 海岛 | 離島, 島々 | 섬마을, 무인도
mountains, mountain, mountaineering | montaña, montañas | montagne, montagnes | gebirge,
    berggipfel | montagna, montagne | montanha, montanhas | 山区, 山峰 | 山岳, 山脈, 山頂 | 산악, 산맥
valley, valleys | valle, valles | vallée, vallées | täler | valle, vallata, vallate | vales | 山谷,
    河谷 | 渓谷 | 계곡, 골짜기
lake, lakes, lakeside | lago, lagos | lac, lacs | seeufer, badesee, stausee | lago, laghi | lago,
    lagos | 湖泊, 湖边, 湖畔 | 湖畔, 湖水 | 호수, 호숫가
seas, seaside, seashore | mar, mares | mer, mers | meer, meere | mare, mari | mar, mares | 大海,
    海边 | 海辺 | 바다, 바닷가
beach, beaches | playa, playas | plage, plages | badestrand, sandstrand | spiaggia, spiagge | praia,
    praias | 海滩, 沙滩 | ビーチ, 砂浜, 海水浴 | 해변, 해수욕장
deserts, desert | desierto, desiertos | désert, déserts | wüste, wüsten | deserto, deserti |
    deserto, desertos | 沙漠 | 砂漠 | 사막
coast, coastal, coastline | litoral | côtier, côtière, littoral | küste, küsten | costiero,
    litorale | litoral | 海岸, 沿海 | 海岸, 沿岸 | 해안, 연안
caves, caving, cavern, caverns | cueva, cuevas, caverna | grotte, grottes | höhle, höhlen | grotta,
    grotte, caverna | caverna, gruta | 洞穴, 溶洞 | 洞窟, 鍾乳洞 | 동굴
planet, planets | planeta, planetas | planète, planètes | planet, planeten | pianeta, pianeti |
    planeta, planetas | 行星 | 惑星 | 행성
lungs, lung, pulmonary | pulmón, pulmones, pulmonar | poumon, poumons, pulmonaire | lunge, lungen |
    polmone, polmoni, polmonare | pulmão, pulmões, pulmonar | 肺部, 肺癌, 肺功能 | 肺がん, 肺機能 |
    폐암, 폐기능, 폐질환
kidney, kidneys, renal, nephrology | riñón, riñones, renal, nefrolog | rénal, rénale, néphrolog |
    niere, nieren, nephrolog | renale, nefrolog | renal, nefrolog | 肾脏, 肾病 | 腎臓 | 콩팥, 신장내과,
    신부전
bones, bone, fracture, fractures | hueso, huesos, fractura | osseux, osseuse, fracture |
    knochen, knochenbruch | ossa, osso, frattura | osso, ossos, fratura | 骨骼, 骨头,
    骨折 | 骨折, 骨格, 骨密度 | 골절, 뼈대, 골밀도
knee, knees | rodilla, rodillas | genou, genoux | knie, kniegelenk | ginocchio, ginocchia | joelho,
    joelhos | 膝盖, 膝关节 | 膝関節, 膝痛 | 무릎
shoulder, shoulders | hombro, hombros | épaule, épaules | schulter | spalla, spalle | ombro,
    ombros | 肩膀, 肩部 | 肩関節, 肩こり | 어깨
ankle, ankles | tobillo, tobillos | cheville, chevilles | sprunggelenk | caviglia, caviglie |
    tornozelo, tornozelos | 脚踝 | 足首 | 발목
spine, spinal | vertebral | vertébral, vertébrale | wirbelsäule | vertebrale | vertebral | 脊椎,
    脊柱 | 脊椎, 背骨 | 척추
catheter, catheters, catheterization | catéter, catéteres | cathéter | katheter | catetere,
    cateteri | cateter | 导尿管, 心导管 | カテーテル | 카테터, 도뇨관
implants | implantes | implants | implantate, zahnimplantat | implantologia | implantes | 植入物,
    种植牙 | インプラント | 임플란트
stent, stents | stent | stent | stent | stent | stent | 心脏支架 | ステント | 스텐트
pacemaker, pacemakers | marcapasos | stimulateur | herzschrittmacher | pacemaker | marcapasso |
    起搏器 | ペースメーカー | 심장박동기, 페이스메이커
ambulance, ambulances | ambulancia, ambulancias | ambulance | krankenwagen, rettungswagen |
    ambulanza, ambulanze | ambulância | 救护车 | 救急車 | 구급차
syringe, syringes | jeringa, jeringas, jeringuilla | seringue, seringues | spritze, spritzen |
    siringa, siringhe | seringa, seringas | 注射器, 针筒 | 注射器, シリンジ | 주사기
bandage, bandages | vendaje, vendajes | pansement, pansements, bandage | wundverband, mullbinde |
    benda, bendaggio | bandagem | 绷带 | 包帯 | 붕대
crutches, crutch | muleta, muletas | béquille, béquilles | krücke, krücken | stampella, stampelle |
    muleta, muletas | 拐杖 | 松葉杖 | 목발
stethoscope | estetoscopio, fonendoscopio | stéthoscope | stethoskop | stetoscopio, fonendoscopio |
    estetoscópio | 听诊器 | 聴診器 | 청진기
thermometer, thermometers | termómetro | thermomètre | thermometer | termometro | termômetro |
    温度计, 体温计 | 体温計, 温度計 | 온도계, 체온계
dialysis | diálisis | dialyse | dialyse | dialisi | diálise | 透析 | 透析 | 투석
shelter, shelters | refugio, refugios | abris | notunterkunft, obdach | rifugio, rifugi |
    refúgio | 避难所, 收容所 | 避難所, シェルター | 대피소, 쉼터
tents, tent | carpa, carpas | tentes | zelt, zelte | tendone | barraca, barracas | 帐篷 | テント |
    텐트
generator, generators | generador, generadores | électrogène | notstromaggregat |
    generatore, generatori | gerador, geradores | 发电机 | 発電機 | 발전기
cables, cable, cabling | cable, cables, cableado | câble, câbles | kabel | cavo, cavi | cabeamento |
    电缆, 线缆 | ケーブル | 케이블
antenna, antennas, antennae | antena, antenas | antenne, antennes | antenne | antenna, antenne |
    antena | 天线 | アンテナ | 안테나
cameras, webcam, webcams | videocámara, webcam | caméras | kamera, kameras | fotocamera,
    telecamera, telecamere | câmeras | 相机, 摄像机 | カメラ | 카메라
printer, printers | impresora, impresoras | imprimante, imprimantes | drucker | stampante,
    stampanti | impressora, impressoras | 打印机 | プリンター | 프린터
keyboard, keyboards | teclado, teclados | clavier, claviers | tastatur | tastiera, tastiere |
    teclado | 键盘 | キーボード | 키보드
laptop, laptops | portátil, portátiles | laptop | laptop | portatile, portatili | notebook |
    笔记本电脑 | ノートパソコン | 노트북
headphones, headphone, earphones | auriculares | écouteurs | kopfhörer | cuffie, auricolari |
    fones | 耳机 | ヘッドホン, イヤホン | 헤드폰, 이어폰
router, routers | router, enrutador | routeur | router | router | roteador | 路由器 | ルーター |
    공유기, 라우터
projector, projectors | proyector, proyectores | projecteur, vidéoprojecteur | beamer, projektor |
    proiettore, proiettori | projetor | 投影仪 | プロジェクター | 프로젝터
pencil, pencils | lápiz, lápices | crayon, crayons | bleistift | matita, matite | lápis | 铅笔 | 鉛筆 |
    연필
calculator, calculators | calculadora | calculatrice | taschenrechner | calcolatrice | calculadora |
    计算器 | 電卓 | 계산기
flashlight, flashlights | linterna, linternas | torche, torches | taschenlampe | torcia | lanterna |
    手电筒 | 懐中電灯 | 손전등
stairs, staircase, stairway | escalera, escaleras | escalier, escaliers | treppe, treppen |
    scalinata | escada, escadas | 楼梯 | 階段 | 계단
oven, ovens | horno, hornos | fours | backofen, ofen | forno | forno, fornos | 烤箱 | オーブン | 오븐
saucepan, saucepans, cookware | olla, ollas, sartén, sartenes | poêle, poêles, marmite |
    kochtopf, pfanne, pfannen | pentola, pentole, padella, padelle | panela, panelas, frigideira |
    平底锅, 炒锅 | フライパン, 土鍋 | 냄비, 프라이팬
cutlery, spoon, spoons | cubertería, cuchara, cucharas | cuillère, cuillères | besteck, löffel |
    posate, cucchiaio, cucchiai | talheres | 餐具, 勺子 | カトラリー, スプーン | 수저, 숟가락
knife, knives | cuchillo, cuchillos | couteau, couteaux | messer | coltello, coltelli | faca,
    facas | 菜刀 | 包丁, ナイフ | 식칼, 나이프
sofa, sofas | sofá, sofás | canapé, canapés | sofa | divano, divani | sofá | 沙发 | ソファ | 소파
carpets, carpet, rug, rugs | alfombra, alfombras | tapis | teppich | tappeto, tappeti | tapete,
    tapetes | 地毯 | カーペット, 絨毯 | 카펫, 양탄자
curtain, curtains | cortina, cortinas | rideau, rideaux | vorhang | tendaggi | cortina, cortinas |
    窗帘 | カーテン | 커튼
towel, towels | toalla, toallas | serviette, serviettes | handtuch, handtücher | asciugamano,
    asciugamani | toalha, toalhas | 毛巾 | タオル | 수건
soap, soaps | jabón, jabones | savon, savons | seife, seifen | sapone, saponi | sabonete, sabão |
    肥皂, 香皂 | 石鹸, 石けん | 비누
lamps, lamp, lightbulb, lightbulbs | lámpara, lámparas, bombilla, bombillas | lampe, lampes |
    lampe, lampen, glühbirne | lampada, lampade, lampadina | lâmpada, lâmpadas | 灯泡, 台灯 | 電球,
    電気スタンド | 램프, 전등
candle, candles | vela, velas | bougie, bougies | kerze, kerzen | candela, candele | vela, velas |
    蜡烛 | ろうそく, キャンドル | 양초, 캔들
mattress, mattresses | colchón, colchones | matelas | matratze, matratzen | materasso, materassi |
    colchão, colchões | 床垫 | マットレス | 매트리스
pillow, pillows | almohada, almohadas | oreiller, oreillers | kopfkissen, kissen | cuscino,
    cuscini | travesseiro, almofada | 枕头 | 抱き枕 | 베개
scissors | tijeras | ciseaux | schere, scheren | forbici | tesoura, tesouras | 剪刀 | ハサミ | 가위
boiler, boilers | caldera, calderas | chaudière, chaudières | heizkessel | caldaia, caldaie |
    caldeira, caldeiras | 锅炉 | ボイラー | 보일러
radiator, radiators | radiador, radiadores | radiateur, radiateurs | heizkörper | termosifone,
    radiatore | radiador, radiadores | 暖气片 | ラジエーター | 라디에이터
toilet, toilets | inodoro, inodoros | toilettes | toilette, toiletten | toilette | banheiro,
    banheiros | 厕所, 洗手间 | トイレ | 화장실
shower, showers | ducha, duchas | douche, douches | dusche, duschen | doccia, docce | chuveiro,
    chuveiros | 淋浴 | シャワー | 샤워
balcony, balconies | balcón, balcones | balcon, balcons | balkon, balkone | balcone, balconi |
    varanda, sacada | 阳台 | バルコニー, ベランダ | 발코니, 베란다
chimney, chimneys | chimenea, chimeneas | cheminée, cheminées | schornstein, kamin | comignolo |
    chaminé | 烟囱 | 煙突 | 굴뚝
hammer, hammers, screwdriver, screwdrivers, pliers | martillo, martillos, destornillador,
    alicates | marteau, marteaux, tournevis | hammer, schraubenzieher, schraubendreher, zange |
    martello, cacciavite | martelo, alicate | 锤子, 螺丝刀, 扳手 | ハンマー, 金槌 | 망치, 스패너
ropes, rope | cuerda, cuerdas | corde, cordes | seil, seile | corda, corde | corda, cordas | 绳子,
    绳索 | ロープ | 밧줄, 로프
needle, needles | aguja, agujas | aiguille, aiguilles | nadel, nadeln | aghi | agulha, agulhas |
    针头 | 注射針, 縫い針 | 바늘
ink, inks | tinta, tintas | encre, encres | tinte, tinten | inchiostro | tinta, tintas | 墨水, 油墨 |
    インクジェット, 墨汁 | 잉크
jacket, jackets | chaqueta, chaquetas | blouson, blousons | jacke, jacken | giacca, giacche |
    jaqueta, casaco | 夹克, 外套 | ジャケット, 上着 | 재킷, 자켓, 외투
shirt, shirts | camisa, camisas, camiseta | chemise, chemises | hemd, hemden | camicia, camicie,
    maglietta | camisa, camisas, camiseta | 衬衫 | シャツ | 셔츠
glove, gloves | guante, guantes | gant, gants | handschuh, handschuhe | guanto, guanti | luva,
    luvas | 手套 | 手袋 | 장갑
scarf, scarves | bufanda, bufandas | écharpe, écharpes | schals | sciarpa, sciarpe | cachecol |
    围巾 | マフラー | 목도리, 스카프
helmet, helmets | casco, cascos | casque, casques | helm, helme | casco, caschi | capacete,
    capacetes | 头盔, 安全帽 | ヘルメット | 헬멧, 안전모
masks | mascarilla, mascarillas | masques | maske, masken | mascherina, mascherine | máscara,
    máscaras | 口罩 | マスク | 마스크
taxi, taxis | taxi, taxis | taxi | taxi | taxi | táxi | 出租车 | タクシー | 택시
helicopter, helicopters | helicóptero | hélicoptère | hubschrauber, helikopter | elicottero,
    elicotteri | helicóptero | 直升机 | ヘリコプター | 헬리콥터, 헬기
scooter, scooters | patinete, patinetes | trottinette, trottinettes | tretroller, motorroller |
    monopattino, monopattini | patinete | 滑板车 | スクーター, キックボード | 스쿠터, 킥보드
suitcase, suitcases, luggage | maleta, maletas, equipaje | valise, valises, bagages | koffer,
    gepäck | valigia, valigie, bagagli | bagagem | 行李箱, 行李 | スーツケース, 手荷物 | 캐리어, 수하물
cranes, crane | grúa, grúas | grue, grues | kran, kräne | gru | guindaste | 起重机, 吊车 | クレーン |
    크레인, 기중기
excavator, excavators, bulldozer | excavadora, retroexcavadora | pelleteuse, excavatrice,
    bulldozer | bagger | escavatore, ruspa | escavadeira, retroescavadeira | 挖掘机 | ショベルカー |
    굴착기, 포크레인
song, songs, songwriter | canción, canciones | chanson, chansons | lieder, liedtext | canzone,
    canzoni | canção, canções | 歌曲 | 楽曲, 歌詞 | 노래
flute, flutes, flutist | flauta, flautas | flûte, flûtes | flöte, flöten | flauto, flauti |
    flauta, flautas | 长笛 | フルート | 플루트
circus, clown, clowns | circense, payaso, payasos | cirque, clown | zirkus, clown |
    circense, pagliaccio | circense, palhaço | 马戏团, 小丑 | サーカス, ピエロ | 서커스, 곡예
puppets, puppet, puppetry | títere, títeres, marionet | marionnet | marionet, puppenspiel |
    burattin, marionet | fantoche, marionet | 木偶 | 人形劇, 操り人形 | 인형극, 꼭두각시
medal, medals | medalla, medallas | médaille, médailles | medaille, medaillen | medaglia, medaglie |
    medalha, medalhas | 奖牌 | メダル | 메달
trophy, trophies | trofeo, trofeos | trophée, trophées | trophäe, pokal | trofeo, trofei | troféu |
    奖杯 | トロフィー | 트로피
statue, statues | estatua, estatuas | statue, statues | statue, statuen | statua, statue | estátua,
    estátuas | 雕像 | 彫像, 銅像 | 동상
monuments | monumento, monumentos | monuments | denkmal, denkmäler | monumento, monumenti |
    monumento, monumentos | 纪念碑 | 記念碑 | 기념비
temple, temples | templo, templos | temple, temples | tempel | tempio, templi | templo, templos |
    寺庙, 庙宇 | 寺院, お寺 | 사찰
mosque, mosques | mezquita, mezquitas | mosquée, mosquées | moschee | moschea, moschee | mesquita,
    mesquitas | 清真寺 | イスラム寺院 | 이슬람사원
cemetery, cemeteries, graveyard | camposanto, camposantos | cimetière, cimetières | friedhof |
    cimitero, cimiteri | cemitério | 墓地 | 墓地 | 묘지
palace, palaces | palacio, palacios | palais | palast, paläste | palazzo, palazzi | palácio,
    palácios | 宫殿 | 宮殿 | 궁전
zoo, zoos | zoológico, zoológicos | zoo | zoo, tierpark | zoo | zoológico | 动物园 | 動物園 | 동물원
aquarium, aquariums | acuario, acuarios | aquarium | aquarium | aquarium | aquário | 水族馆 | 水族館 |
    아쿠아리움, 수족관
muscle, muscles, muscular | músculo, músculos, muscular | muscle, muscles, musculaire | muskel,
    muskeln | muscolo, muscoli | músculo, músculos | 肌肉 | 筋肉 | 근육
wounds | herida, heridas | plaie, plaies | wunden | ferita, ferite | ferida, feridas | 伤口 | 傷口 |
    상처
asthma | asma | asthme | asthma | asma | asma | 哮喘 | 喘息 | 천식
wardrobe, wardrobes | armario, armarios | armoire, armoires | kleiderschrank | armadio, armadi |
    armário, armários | 衣柜 | クローゼット, 箪笥 | 옷장
parachute, skydiving | paracaídas, paracaidismo | parachute, parachutisme | fallschirm |
    paracadute, paracadutismo | paraquedas, paraquedismo | 降落伞, 跳伞 | パラシュート,
    スカイダイビング | 낙하산, 스카이다이빙
scanner, scanners | escáner, escáneres | scanner | scanner | scanner | scanner | 扫描仪 | スキャナー |
    스캐너
sandals, sandal | sandalia, sandalias | sandale, sandales | sandale, sandalen | sandalo, sandali |
    sandália, sandálias | 凉鞋 | サンダル | 샌들
trousers | pantalón, pantalones | pantalon, pantalons | hosen | pantaloni | calças | 裤子 | ズボン |
    바지
apron, aprons | delantal, delantales | tablier, tabliers | schürze, schürzen | grembiule,
    grembiuli | avental, aventais | 围裙 | エプロン | 앞치마
saxophone, saxophonist | saxofón, saxofonista | saxophone, saxophoniste | saxophon | sassofono,
    sassofonista | saxofone, saxofonista | 萨克斯 | サックス, サクソフォン | 색소폰
accordion, accordions | acordeón | accordéon | akkordeon | fisarmonica | acordeão, sanfona |
    手风琴 | アコーディオン | 아코디언
clarinet, clarinets, clarinettist | clarinete | clarinette | klarinette | clarinetto | clarinete |
    单簧管 | クラリネット | 클라리넷
ukulele | ukelele | ukulélé | ukulele | ukulele | ukulele, cavaquinho | 尤克里里 | ウクレレ | 우쿨렐레
murals, mural | mural, murales | fresque, fresques | wandbild, wandmalerei | murale, murales |
    mural, murais | 壁画 | 壁画 | 벽화
fireworks, pyrotechn | pirotecnia | pyrotechn | feuerwerk | pirotecnic | pirotecnia | 烟花, 烟火 |
    花火 | 불꽃놀이
"""
