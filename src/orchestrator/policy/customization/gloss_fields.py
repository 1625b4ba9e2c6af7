"""Professional topics for the cross-language gloss (:data:`.crosslang.GLOSS`): the
technical, scientific, business and public-sector vocabulary that professional notes use
(materials and packaging, chemistry, biology and medicine, energy and climate, engineering
and manufacturing, software and data, design and architecture, logistics and retail, finance
and law, education, agriculture and food science, the public sector, media), data only, read
with :mod:`.crosslang` (so only for a message in another language than its notes):
"海藻フィルムの酸素透過率" and "the oxygen transmission rate of seaweed film",
"Beschilderung ... Piktogrammen" and "signage ... icon-first".

One topic a line, in the columns and with the matching rules of :mod:`.gloss`:
English | Spanish | French | German | Italian | Portuguese | Chinese | Japanese | Korean,
forms separated by commas, a line starting with four spaces going on with the line before.
Latin forms of five letters or more match the beginning of a word, so a stem is written
where its longer words would all be the same thing ("hydrogen" -> "hydrogenation",
"fermentation" -> "fermentiert") and whole words where a stem would start unrelated words
("genoms", not "genom", which starts "genommen"; "verres", not "verre", which starts Italian
"verrebbe"; no "logo", which is Portuguese for "soon"); German compounds match by their first
part ("Wärmepumpe" -> "Wärmepumpen"). Shorter forms match a whole word or its plural. CJK
forms match anywhere, two characters or more (so "延迟", which also says a late reply, stays
out; "低延迟" does not). No form is a phrase: words are matched one at a time. Generic things
(an event, a project, a product, a "pipeline", "shipping") stay out: see
``lexicon.GENERIC_WORDS``; so do forms that are, or start, a stop word of any of the
languages (a test checks).
"""

TABLE = """oxygen, oxygenation | oxígeno, oxigenación | oxygène, oxygénation | sauerstoff | ossigeno,
    ossigenazione | oxigênio, oxigenação | 氧气, 透氧, 阻氧, 含氧量 | 酸素 | 산소
seaweed, seaweeds, algae, algal, kelp, microalgae, macroalgae | alga, algas, microalga, macroalga |
    algues, microalgue | alge, algen, seetang, mikroalge | alga, alghe, microalghe | alga, algas,
    microalga | 海藻, 藻类, 海带, 微藻 | 海藻, 藻類, 昆布, ワカメ, 微細藻類 | 해조류, 해초, 미역, 다시마, 미세조류
coating, coatings, coated | recubrimiento, revestimiento | revêtement | beschichtung, beschichtet |
    rivestimento, verniciatura | revestimento | 涂层, 镀膜, 涂料 | コーティング, 塗膜, 塗装 | 코팅, 도막, 도장재
biodegradable, biodegradation | biodegradable | biodégradable | bioabbaubar, abbaubar |
    biodegradabile | biodegradável | 可降解, 生物降解 | 生分解 | 생분해
polymer, polymers, polymeric | polímero, polímeros | polymère, polymères | polymer, polymere |
    polimero, polimeri | polímero, polímeros | 聚合物, 高分子 | ポリマー, 高分子 | 고분자, 폴리머
resin, resins, epoxy | resina, resinas, epoxi | résine, résines, époxy | harz, harze, epoxid |
    resina, resine | resina, resinas, epóxi | 树脂, 环氧 | 樹脂, エポキシ | 레진, 합성수지, 에폭시
adhesive, adhesives, glue, glues | adhesivo, adhesivos, pegamento | adhésif, adhésifs | klebstoff,
    klebstoffe, kleber | adesivo, adesivi | adesivo, adesivos | 胶粘剂, 粘合剂, 胶水 | 接着剤, 粘着剤 | 접착제
laminate, laminated, lamination | laminado, laminados | laminé | laminat, laminiert | laminato,
    laminati | laminado, laminados | 层压, 覆膜 | ラミネート | 라미네이트
cardboard, corrugated | cartón, cartones | carton, cartons | karton, kartons, wellpappe | cartone,
    cartoni | papelão, papelões | 纸板, 瓦楞纸, 纸箱 | 段ボール | 골판지
aluminium, aluminum | aluminio | aluminium | aluminium | alluminio | alumínio | 铝材, 铝合金, 铝箔 | アルミ |
    알루미늄
glass, glazing | vidrio, vidrios | verres, verrerie | glas, glasfassade, glasindustrie | vetro |
    vidro, vidros | 玻璃 | ガラス | 판유리, 강화유리, 유리창
cement, cements | cemento, hormigón | ciment | zement, stahlbeton | cemento, calcestruzzo |
    cimento | 水泥, 混凝土 | セメント, コンクリート | 시멘트, 콘크리트
timber, lumber | madera, maderas | bois | holz | legno, legname | madeira, madeiras | 木材 | 木材, 材木 |
    목재
fibre, fibres, fiber, fibers | fibra, fibras | fibre, fibres | faser, fasern | fibra, fibre | fibra,
    fibras | 纤维 | ファイバー, 炭素繊維 | 파이버, 광섬유, 탄소섬유
nanoparticle, nanoparticles | nanopartícula, nanopartículas | nanoparticule, nanoparticules |
    nanopartikel | nanoparticella, nanoparticelle | nanopartícula, nanopartículas | 纳米颗粒, 纳米粒子 |
    ナノ粒子 | 나노입자
graphene | grafeno | graphène | graphen | grafene | grafeno | 石墨烯 | グラフェン | 그래핀
rubber | caucho, goma | caoutchouc | gummi, kautschuk | gomma | borracha | 橡胶 | ゴム | 천연고무, 합성고무, 고무줄
foam, foams | espuma, espumas | mousse | schaumstoff, schaum | schiuma | espuma | 泡沫塑料, 发泡 | 発泡 |
    스티로폼, 발포소재
microplastics, microplastic | microplásticos, microplástico | microplastiques | mikroplastik |
    microplastiche, microplastica | microplásticos | 微塑料 | マイクロプラスチック | 미세플라스틱
pulp, cellulose | celulosa | cellulose | zellstoff | cellulosa | celulose | 纸浆 | パルプ | 펄프
bricks, brick, bricklayer | ladrillo, ladrillos | brique, briques | ziegel, backstein | mattone,
    mattoni | tijolo, tijolos | 砖块, 砖瓦 | レンガ, 煉瓦 | 벽돌
masonry, stonemason, stonemasons | mampostería, cantería | maçons, maçonnerie | steinmetz,
    mauerwerk | scalpellino, muratore, muratori | pedreiro, alvenaria | 石匠, 石材 | 石工, 石材 | 석공, 석재
composites | composites | composites | verbundwerkstoff, verbundwerkstoffe | | compósitos | 复合材料 |
    複合材料 | 복합재, 복합소재
alloy, alloys | aleación, aleaciones | alliage, alliages | legierung, legierungen | | | 合金 | 合金 | 합금
metallurgy, metallurgical, metallurgist | metalurgia, metalúrgico | métallurgie, métallurgique |
    metallurgie, metallurg | metallurgia, metallurgico | metalurgia, metalúrgico | 冶金 | 冶金 | 야금
titanium | titanio | titane | | titanio | titânio | 钛合金, 钛材 | チタン | 티타늄
copper | cobre | cuivre | kupfer | rame | cobre | 铜矿, 紫铜, 铜材 | 銅線, 銅板 | 구리, 구리선
cobalt | cobalto | cobalt | kobalt | cobalto | cobalto | 钴矿 | コバルト | 코발트
silicon, silicone | silicio, silicona | silicium, silicone | silizium, silikon | silicio, silicone |
    silício, silicone | 硅片, 多晶硅, 有机硅 | シリコン | 실리콘
lithium | litio | lithium | lithium | litio | lítio | 锂电, 锂矿 | リチウム | 리튬
hydrogen | hidrógeno | hydrogène | wasserstoff | idrogeno | hidrogênio | 氢能, 氢气, 制氢 | 水素 | 수소
turbine, turbines | turbina, turbinas | turbine, turbines | turbine, turbinen | turbina, turbine |
    turbina, turbinas | 涡轮, 风机, 汽轮机 | タービン | 터빈
grid, grids | | | netzausbau, netzbetreiber | | | 电网 | 送電網, 電力網, 系統連系 | 전력망, 송전망
electricity | electricidad | électricité | strom, stromversorgung | elettricità | eletricidade | 电力,
    供电 | 電力 | 전력
pumps, pump, heatpump | bomba, bombas | pompe, pompes | pumpen | pompa, pompe | bomba, bombas | 热泵,
    水泵 | ポンプ, ヒートポンプ | 펌프, 히트펌프
geothermal | geotérmica, geotérmico, geotermia | géothermie, géothermique | geothermie, erdwärme |
    geotermia, geotermico | geotérmica, geotermia | 地热 | 地熱 | 지열
nuclear | nuclear | nucléaire | kernkraft, atomkraft, kernenergie | nucleare | nuclear | 核电, 核能 |
    原子力, 原発 | 원자력, 원전
fuel, fuels | combustible, combustibles | carburant, carburants, combustible | kraftstoff,
    brennstoff | carburante, combustibile | combustível, combustíveis | 燃料 | 燃料 | 연료
biogas, biofuel, biofuels, biomethane | biogás, biocombustible | biogaz, biocarburant | biogas,
    biokraftstoff | biogas, biocarburante | biogás, biocombustível | 沼气, 生物燃料 | バイオガス, バイオ燃料 |
    바이오가스, 바이오연료
charging, chargers | recarga, cargador, cargadores | recharge, recharger | ladeinfrastruktur |
    ricarica, colonnina | recarga, carregador | 充电桩, 充电站 | 充電器, 充電スタンド | 충전소, 충전기
decarbonization, decarbonisation, decarbonize, decarbonise | descarbonización, descarbonizar |
    décarbonation, décarboner | dekarbonisierung | decarbonizzazione | descarbonização | 脱碳, 去碳 |
    脱炭素 | 탈탄소
offshore | offshore | offshore | offshore | offshore | offshore | 海上风电, 离岸 | 洋上風力, 洋上 | 해상풍력
methane | metano | méthane | methan | metano | metano | 甲烷 | メタン | 메탄
glacier, glaciers | glaciar, glaciares | glacier, glaciers | gletscher | ghiacciaio, ghiacciai |
    geleira, geleiras | 冰川 | 氷河 | 빙하
reforestation, afforestation, reforest | reforestación, reforestar | reboisement, reboiser |
    aufforstung, wiederaufforstung | riforestazione, rimboschimento | reflorestamento, reflorestar |
    植树造林, 造林 | 植林, 植樹 | 나무심기, 산림녹화
heatwave, heatwaves | canícula | canicule | hitzewelle | canicola | canícula | 热浪 | 熱波, 猛暑 | 폭염
wastewater, sewage, sewer, sewers | depuradora, alcantarillado | assainissement, épuration |
    abwasser, kläranlage | depuratore, fognatura, fognature | esgoto, esgotos | 污水 | 下水, 排水 | 하수도,
    하수처리, 폐수
desalination | desalinización, desaladora, desalación | dessalement | entsalzung,
    meerwasserentsalzung | dissalazione | dessalinização | 海水淡化 | 淡水化 | 담수화
irrigation, irrigated | riego, irrigación | irrigation, irrigué | bewässerung, bewässert |
    irrigazione, irriguo | irrigação, irrigado | 灌溉, 滴灌 | 灌漑, 水やり | 관개, 관수
soil, soils | suelo, suelos | sols | erdreich | suolo, suoli | | 土壤 | 土壌 | 토양
fertilizer, fertilizers, fertiliser, fertilisers | fertilizante, fertilizantes | engrais | dünger,
    düngemittel | fertilizzante, fertilizzanti, concime | fertilizante, adubo, adubos | 化肥, 肥料 |
    肥料 | 비료
pesticide, pesticides, herbicide, herbicides | pesticida, plaguicida, herbicida | pesticide,
    herbicide | pestizid, pestizide, herbizid, pflanzenschutzmittel | pesticida, pesticidi,
    erbicida | pesticida, agrotóxico, agrotóxicos, herbicida | 农药 | 農薬, 除草剤 | 농약, 제초제
greenhouse, greenhouses | invernadero, invernaderos | serres | gewächshaus, gewächshäuser | |
    estufa, estufas | 温室, 大棚 | 温室, ビニールハウス | 온실, 비닐하우스
hydroponics, hydroponic | hidroponía, hidropónico | hydroponie, hydroponique | hydrokultur |
    idroponica, idroponico | hidroponia, hidropônico | 水培, 无土栽培 | 水耕栽培 | 수경재배
fermentation, fermented, ferment | fermentación, fermentado | fermentation, fermenté | fermentation,
    fermentiert, gärung | fermentazione, fermentato | fermentação, fermentado | 发酵 | 発酵 | 발효
yeast, yeasts | levadura, levaduras | levure, levures | hefe | lievito, lieviti | levedura,
    leveduras | 酵母 | 酵母, イースト菌 | 효모
protein, proteins | proteína, proteínas | protéine, protéines | protein, proteine, eiweiß |
    proteina, proteine | proteína, proteínas | 蛋白质, 蛋白 | タンパク質, たんぱく質, 蛋白質 | 단백질
enzyme, enzymes, enzymatic | enzima, enzimas, enzimático | enzyme, enzymes, enzymatique | enzym,
    enzyme | enzima, enzimi | enzima, enzimas | 酶制剂, 生物酶, 酶活性 | 酵素 | 효소
antibody, antibodies | anticuerpo, anticuerpos | anticorps | antikörper | anticorpo, anticorpi |
    anticorpo, anticorpos | 抗体 | 抗体 | 항체
diagnosis, diagnostic, diagnostics, diagnose, diagnosed | diagnóstico, diagnósticos | diagnostic,
    diagnostics | diagnose, diagnostik | diagnosi, diagnostica | diagnóstico, diagnósticos | 诊断 |
    診断 | 진단
screening, screenings | cribado, tamizaje | dépistage | vorsorgeuntersuchung, früherkennung |
    screening | rastreio | 筛查 | 検診, スクリーニング | 검진, 선별검사
placebo | placebo | placebo | placebo | placebo | placebo | 安慰剂 | プラセボ, 偽薬 | 위약
randomized, randomised, randomization, randomisation | aleatorizado, aleatorizada | randomisé,
    randomisée | randomisiert | randomizzato, randomizzata | randomizado, randomizada | 随机对照 | 無作為化,
    ランダム化 | 무작위배정
cohort, cohorts | cohorte, cohortes | cohorte, cohortes | kohorte, kohorten | coorte, coorti |
    coorte, coortes | 队列研究 | コホート | 코호트
genome, genomes, genomic, genomics | genoma, genomas, genómica | génome, génomique | genoms,
    genomforschung, genomik | genoma, genomica | genoma, genômica | 基因组 | ゲノム | 유전체, 게놈
gene, genetic, genetics, dna | genética, genético, adn | gène, génétique, adn | gene, genetik,
    genetisch, erbgut | gene, genetica, genetico | gene, genética, genético | 基因 | 遺伝子 | 유전자
microbiome, microbiota | microbioma, microbiota | microbiome, microbiote | mikrobiom, darmflora |
    microbioma, microbiota | microbioma, microbiota | 微生物组, 菌群 | 腸内細菌, 腸内フローラ, マイクロバイオーム | 마이크로바이옴,
    장내미생물
bacteria, bacterial, bacterium | bacteria, bacterias, bacteriano | bactérie, bactéries, bactérien |
    bakterien, bakterie, bakteriell | batterio, batterica, batterico | bactéria, bactérias | 细菌 |
    細菌 | 세균, 박테리아
virus, viruses, virology, virologist | virus, virología, virólogo | virus, virologie | virus, viren,
    virologie | virus, virologia | vírus, virologia | 病毒 | ウイルス | 바이러스
cells | células | cellule, cellules | zelle, zellen | cellule | células | 细胞 | 細胞 | 세포
cardiology, cardiologist, cardiac, cardiovascular | cardiología, cardiólogo, cardíaco,
    cardiovascular | cardiologie, cardiologue, cardiaque, cardiovasculaire | kardiologie,
    kardiologe, herzchirurgie, herzinfarkt | cardiologia, cardiologo, cardiaco | cardiologia,
    cardiologista, cardíaco | 心脏, 心血管 | 心臓, 循環器 | 심장, 심혈관
neurology, neurologist, neuroscience, neurological | neurología, neurólogo, neurociencia |
    neurologie, neurologue, neurosciences | neurologie, neurologe, neurowissenschaft | neurologia,
    neurologo, neuroscienze | neurologia, neurologista, neurociência | 神经科, 神经科学, 神经内科 | 神経科, 神経科学,
    脳神経 | 신경과, 신경과학
dermatology, dermatologist | dermatología, dermatólogo | dermatologie, dermatologue | dermatologie,
    dermatologe | dermatologia, dermatologo | dermatologia, dermatologista | 皮肤科 | 皮膚科 | 피부과
pediatrics, paediatrics, pediatric, paediatric, pediatrician | pediatría, pediatra | pédiatrie,
    pédiatre | pädiatrie, kinderarzt, kinderärztin | pediatria, pediatra | pediatria, pediatra |
    儿科 | 小児科 | 소아과
radiology, radiologist | radiología, radiólogo | radiologie, radiologue | radiologie, radiologe |
    radiologia, radiologo | radiologia, radiologista | 放射科, 影像科 | 放射線科, 画像診断 | 영상의학과, 방사선과
ultrasound, sonography | ecografía, ecógrafo | échographie | ultraschall, sonografie | ecografia,
    ecografo | ultrassom, ultrassonografia, ecografia | 超声, B超 | 超音波, エコー検査 | 초음파
dementia, alzheimer | demencia, alzhéimer | démence, alzheimer | demenz, alzheimer | demenza,
    alzheimer | demência, alzheimer | 痴呆, 失智, 阿尔茨海默 | 認知症, アルツハイマー | 치매, 알츠하이머
stroke, strokes | ictus | avc | schlaganfall | ictus | avc | 中风, 脑卒中 | 脳卒中 | 뇌졸중
obesity, obese | obesidad | obésité | adipositas, übergewicht | obesità | obesidade | 肥胖 | 肥満 | 비만
midwife, midwives, midwifery, obstetrics, obstetric | partera, parteras, matrona, obstetricia |
    obstétrique, obstétricien | hebamme, hebammen | ostetrica, ostetricia | parteira, obstetrícia |
    助产, 产科 | 助産師, 産科 | 조산사, 산부인과
prosthesis, prostheses, prosthetic, prosthetics | prótesis | prothèse, prothèses | prothese,
    prothesen | protesi | prótese, próteses | 假肢, 义肢 | 義肢, 義足, 義手 | 의수, 의족
epidemiology, epidemiologist, epidemic | epidemiología, epidemia | épidémiologie, épidémie |
    epidemiologie, epidemie | epidemiologia, epidemia | epidemiologia, epidemia | 流行病, 流行病学 | 疫学 |
    역학조사, 감염병
pandemic, pandemics | pandemia | pandémie | pandemie | pandemia | pandemia | 疫情, 大流行 | パンデミック | 팬데믹,
    코로나19
antibiotics, antibiotic, antimicrobial | antibiótico, antibióticos | antibiotique, antibiotiques |
    antibiotikum, antibiotika | antibiotico, antibiotici | antibiótico, antibióticos | 抗生素 | 抗生物質,
    抗菌薬 | 항생제
insulin | insulina | insuline | insulin | insulina | insulina | 胰岛素 | インスリン | 인슐린
blood | sangre | sanguin, sanguine | blut, blutspende | sangue | sangue | 血液, 献血 | 血液, 献血 | 혈액, 헌혈
transplant, transplants, transplantation | trasplante, trasplantes | greffe, greffes,
    transplantation | transplantation, organspende | trapianto, trapianti | transplante,
    transplantes | 移植 | 移植 | 이식
anesthesia, anaesthesia, anesthetist, anaesthetist, anesthesiologist | anestesia, anestesista |
    anesthésie, anesthésiste | anästhesie, narkose | anestesia, anestesista | anestesia,
    anestesista | 麻醉 | 麻酔 | 마취
telemedicine, telehealth | telemedicina | télémédecine | telemedizin | telemedicina | telemedicina |
    远程医疗 | 遠隔医療, オンライン診療 | 원격의료, 원격진료
wearable, wearables | wearable, wearables | wearable, wearables | wearable, wearables | wearable |
    vestível, vestíveis | 可穿戴 | ウェアラブル | 웨어러블
palliative, hospice | paliativo, paliativos | palliatif, palliatifs | palliativ, hospiz |
    palliativo, palliative | paliativo, paliativos | 安宁疗护, 临终关怀 | 緩和ケア, ホスピス | 호스피스, 완화의료
orthopedics, orthopaedics, orthopedic, orthopaedic | ortopedia, ortopédico | orthopédie,
    orthopédiste | orthopädie, orthopäde | ortopedia, ortopedico | ortopedia, ortopedista | 骨科 |
    整形外科 | 정형외과
ophthalmology, ophthalmologist | oftalmología, oftalmólogo | ophtalmologie, ophtalmologue |
    augenarzt, augenheilkunde | oftalmologia, oculista | oftalmologia, oftalmologista | 眼科 | 眼科 | 안과
icu | uci | réanimation | intensivstation, intensivmedizin | rianimazione | uti | 重症监护 | 集中治療 | 중환자실
hypertension | hipertensión | hypertension | hypertonie, bluthochdruck | ipertensione |
    hipertensão | 高血压 | 高血圧 | 고혈압
chemotherapy, chemo | quimioterapia | chimiothérapie | chemotherapie | chemioterapia |
    quimioterapia | 化疗 | 抗がん剤, 化学療法 | 항암치료, 항암제
radiotherapy | radioterapia | radiothérapie | strahlentherapie | radioterapia | radioterapia | 放疗 |
    放射線治療 | 방사선치료
audiology, audiologist | audiología, audífono, audífonos | audiologie, audioprothésiste | hörgerät,
    hörgeräte, hörakustik | audiologia, audioprotesista | audiologia, fonoaudiologia | 助听器, 听力损失 |
    補聴器 | 청력, 보청기
hygiene | higiene | hygiène | hygiene | igiene | higiene | 卫生 | 衛生 | 위생
malaria | malaria, paludismo | paludisme | malaria | malaria | malária | 疟疾 | マラリア | 말라리아
tuberculosis | tuberculosis | tuberculose | tuberkulose | tubercolosi | tuberculose | 结核 | 結核 | 결핵
hiv | vih | vih | hiv | hiv | hiv | 艾滋 | エイズ | 에이즈
biopsy, biopsies | biopsia, biopsias | biopsie, biopsies | biopsie, biopsien | biopsia, biopsie |
    biópsia, biópsias | 活检 | 生検 | 조직검사
pathology, pathologist | patología, patólogo | pathologie, pathologiste | pathologie, pathologe |
    patologia, patologo | patologia, patologista | 病理 | 病理 | 병리
immunology, immune, immunity, immunotherapy | inmunología, inmune, inmunidad, inmunoterapia |
    immunologie, immunitaire, immunité | immunologie, immunsystem, immuntherapie | immunologia,
    immunitario | imunologia, imune, imunidade | 免疫 | 免疫 | 면역
allergy, allergies, allergic, allergen | alergia, alergias, alérgico | allergie, allergies,
    allergique | allergie, allergien, allergiker | allergia, allergie, allergico | alergia,
    alergias, alérgico | 过敏 | アレルギー | 알레르기
insomnia, sleep | insomnio | sommeil, insomnie | schlaf, schlafstörung | sonno, insonnia | insônia |
    睡眠, 失眠 | 睡眠, 不眠 | 수면장애, 불면증, 숙면
autism, autistic | autismo | autisme, autiste | autismus, autisten, autistisch | autismo,
    autistico | autismo | 自闭症, 孤独症 | 自閉症 | 자폐
disability, disabilities, disabled | discapacidad, discapacitado | handicap, handicapé |
    behinderung, behindert | disabilità, disabile, disabili | | 残疾 | 障害者, 障がい | 장애인
medtech | medtech | medtech | medizintechnik, medtech | medtech | medtech | 医疗器械 | 医療機器 | 의료기기
welding, welder, welders, welded | soldadura, soldador, soldadores | soudure, soudeur, soudeurs |
    schweißen, schweißer, schweißtechnik | saldatura, saldatore, saldatori | soldagem, soldador |
    焊接 | 溶接 | 용접
foundry, foundries, diecasting | fundición, fundiciones | fonderie, fonderies | gießerei,
    gießereien | fonderia, fonderie, pressofusione | fundição, fundições | 铸造, 压铸 | 鋳造, 鋳物 | 주물,
    주조공장
calibration, calibrated, calibrate | calibración, calibrado | étalonnage, calibrage | kalibrierung,
    kalibriert | calibrazione, taratura | calibração, calibrado | 校准, 标定 | 較正, キャリブレーション | 캘리브레이션
tolerance, tolerances | tolerancia, tolerancias | tolérance, tolérances | toleranz, toleranzen |
    tolleranza, tolleranze | tolerância, tolerâncias | 公差 | 公差 | 공차
prototype, prototypes, prototyping | prototipo, prototipos, prototipado | prototype, prototypes,
    prototypage | prototyp, prototypen | prototipo, prototipi, prototipazione | protótipo,
    protótipos, prototipagem | 样机, 原型机, 打样 | 試作, プロトタイプ | 시제품, 프로토타입
machining, milling, lathe, lathes | mecanizado, fresado, fresadora | usinage, fraisage | zerspanung,
    fräsen, drehbank | fresatura, tornitura | usinagem, fresagem | 机加工, 数控, 车床 | 切削, 旋盤, 機械加工 | 절삭,
    밀링
mould, moulds, moulding, mold, molds, molding | molde, moldes, moldeo | moulage | spritzguss,
    gussform | stampo, stampi, stampaggio | molde, moldes, moldagem | 注塑, 模具 | 金型, 射出成形 | 금형, 사출
maintenance | mantenimiento | maintenance | wartung, instandhaltung | manutenzione | manutenção |
    维修, 保养, 运维 | 整備, メンテナンス | 정비, 유지보수
bearings | rodamiento, rodamientos | roulement, roulements | kugellager, wälzlager | cuscinetti,
    cuscinetto | rolamento, rolamentos | 轴承 | ベアリング, 軸受 | 베어링
hydraulics, hydraulic | hidráulica, hidráulico | hydraulique | hydraulik, hydraulisch |
    oleodinamica | hidráulica, hidráulico | 液压 | 油圧 | 유압
tyres, tyre, tires | neumático, neumáticos | pneu, pneus | reifen | pneumatici, pneumatico | pneu,
    pneus | 轮胎 | タイヤ | 타이어
laser, lasers | láser | laser | laser | laser | laser | 激光 | レーザー | 레이저
optics, optical, lens, lenses | óptica, óptico, lentes | optique | optik, optisch | ottica, ottico |
    óptica, óptico, lentes | 光学, 镜头 | 光学, レンズ | 광학, 렌즈
microscope, microscopes, microscopy | microscopio, microscopía | microscope, microscopie |
    mikroskop, mikroskopie | microscopio, microscopia | microscópio, microscopia | 显微镜 | 顕微鏡 | 현미경
spectroscopy, spectrometry, spectrometer | espectroscopia, espectrometría | spectroscopie,
    spectrométrie | spektroskopie, spektrometrie | spettroscopia, spettrometria | espectroscopia,
    espectrometria | 光谱, 质谱 | 分光, 質量分析 | 분광, 질량분석
chromatography | cromatografía | chromatographie | chromatographie, chromatografie | cromatografia |
    cromatografia | 色谱 | クロマトグラフィー | 크로마토그래피
catalyst, catalysts, catalysis, catalytic | catalizador, catalizadores, catálisis | catalyseur,
    catalyse | katalysator, katalyse | catalizzatore, catalisi | catalisador, catálise | 催化剂, 催化 |
    触媒 | 촉매
corrosion, corrosive | corrosión | corrosion | korrosion | corrosione | corrosão | 腐蚀 | 腐食 | 부식
vibration, vibrations | vibración, vibraciones | vibration, vibrations | vibration, schwingung |
    vibrazione, vibrazioni | vibração, vibrações | 振动 | 振動 | 진동
acoustics, acoustic | acústica, acústico | acoustique | akustik, akustisch | acustica, acustico |
    acústica, acústico | 声学 | 音響 | 음향
aerodynamics, aerodynamic | aerodinámica | aérodynamique | aerodynamik | aerodinamica |
    aerodinâmica | 空气动力 | 空気力学, 空力 | 공기역학
aircraft | avión, aviones, aeronave | avion, avions, aéronef | flugzeug, flugzeuge | aereo,
    velivolo | avião, aviões, aeronave | 飞机 | 航空機, 飛行機 | 항공기, 비행기
ventilation | ventilación | ventilation | lüftung, ventilation | ventilazione | ventilação | 通风 |
    換気 | 환기
hvac, airconditioning | climatización | climatisation | klimaanlage, klimatechnik | climatizzazione,
    condizionatore | climatização | 空调 | エアコン, 空調 | 에어컨, 냉방
elevator, elevators | ascensor, ascensores | ascenseur, ascenseurs | fahrstuhl, aufzugsanlage |
    ascensore, ascensori | elevador, elevadores | 电梯 | エレベーター | 엘리베이터
demolition | demolición | démolition | rückbau | demolizione | demolição | 拆除 | 解体工事 | 철거
dam, dams | embalse, represa | barrage, barrages | staudamm, talsperre | | barragem, represa | 大坝,
    水坝 | ダム | 다목적댐, 저수지
tractor, tractors | tractor, tractores | tracteur, tracteurs | traktor, traktoren | trattore |
    trator, tratores | 拖拉机 | トラクター | 트랙터
forklift, forklifts | montacargas, carretilla | chariot | gabelstapler | muletto, muletti |
    empilhadeira | 叉车 | フォークリフト | 지게차
conveyor, conveyors | | convoyeur | förderband, förderbänder | | esteira | 传送带 | コンベア | 컨베이어
solvent, solvents | disolvente, disolventes | solvant, solvants | lösungsmittel | solvente,
    solventi | solvente, solventes | 溶剂 | 溶剤, 溶媒 | 용매, 용제
ammonia | amoníaco | ammoniac | ammoniak | ammoniaca | amônia | 合成氨 | アンモニア | 암모니아
molecule, molecules, molecular | molécula, moléculas, molecular | molécule, molécules, moléculaire |
    molekül, moleküle, molekular | molecola, molecole, molecolare | molécula, moléculas, molecular |
    分子生物, 分子结构 | 分子生物, 分子構造 | 분자
radiation | radiación | radiation | strahlung | radiazione | radiação | 辐射 | 放射線 | 방사선
toxicology, toxicity, toxicologist | toxicología, toxicidad | toxicologie, toxicité | toxikologie,
    toxizität | tossicologia, tossicità | toxicologia, toxicidade | 毒性, 毒理 | 毒性 | 독성
electrolysis, electrolyzer, electrolyser, electrolyzers | electrólisis, electrolizador |
    électrolyse, électrolyseur | elektrolyse, elektrolyseur | elettrolisi, elettrolizzatore |
    eletrólise, eletrolisador | 电解 | 電解 | 전해
inverter, inverters | | onduleur, onduleurs | wechselrichter | inverter | | 逆变器 | インバーター | 인버터
lng | gnl | gnl | lng, flüssiggas | gnl | gnl | 液化天然气 | 液化天然ガス | 액화천연가스
coal | | charbon | kohlekraft, braunkohle, steinkohle, kohleausstieg | | carvão | 煤炭 | 石炭 | 석탄
compiler, compilers | compilador, compiladores | compilateur | compiler | compilatore | compilador |
    编译器 | コンパイラ | 컴파일러
database, databases | | | datenbank, datenbanken | database | | 数据库 | データベース | 데이터베이스
encryption, encrypted, cryptography, cryptographic | cifrado, encriptación, criptografía |
    chiffrement, cryptographie | verschlüsselung, verschlüsselt, kryptografie | crittografia |
    criptografia | 加密 | 暗号化, 暗号 | 암호화
latency, latencies | latencia | latence | latenz, latenzen | latenza | latência | 时延, 低延迟 | レイテンシ,
    低遅延 | 지연시간, 레이턴시
observability | observabilidad | observabilité | observability | osservabilità | observabilidade |
    可观测性 | オブザーバビリティ, 可観測性 | 관측성, 옵저버빌리티
algorithm, algorithms, algorithmic | algoritmo, algoritmos | algorithme, algorithmes | algorithmus,
    algorithmen | algoritmo, algoritmi | algoritmo, algoritmos | 算法 | アルゴリズム | 알고리즘
server, servers | servidor, servidores | serveur, serveurs | server | server | servidor,
    servidores | 服务器 | サーバー | 서버
programming, programmers, coding | programador, programadores | programmeur, programmeurs |
    programmierung, programmierer | programmatore, programmatori | programador, programadores | 编程,
    程序员 | プログラミング, プログラマー | 프로그래밍, 코딩
backup, backups | backup | backup | backup, datensicherung | backup | backup | 备份 | バックアップ | 백업
firewall, firewalls | cortafuegos, firewall | firewall | firewall | firewall | firewall | 防火墙 |
    ファイアウォール | 방화벽
password, passwords | contraseña, contraseñas | | passwort, passwörter | password | senha, senhas |
    密码 | パスワード | 비밀번호
bandwidth | | | | | | 带宽 | 帯域幅 | 대역폭
kernel, kernels | kernel | kernel | kernel | kernel | kernel | 内核 | カーネル | 커널
microservices, microservice | microservicios | microservices | microservices | microservizi |
    microsserviços | 微服务 | マイクロサービス | 마이크로서비스
iot | iot | iot | iot | iot | iot | 物联网 | モノのインターネット | 사물인터넷
metaverse | metaverso | métavers | metaversum | metaverso | metaverso | 元宇宙 | メタバース | 메타버스
chatbot, chatbots | chatbot, chatbots | chatbot, chatbots | chatbot, chatbots | chatbot | chatbot |
    聊天机器人 | チャットボット | 챗봇
quantum | cuántica, cuántico, cuánticos | quantique | quanten, quantencomputer | quantistica,
    quantistico, quantistici | quântica, quântico | 量子 | 量子 | 양자컴퓨터, 양자역학, 양자기술
simulation, simulations, simulator | simulación, simulador | simulation, simulateur | simulation,
    simulator | simulazione, simulatore | simulação, simulador | 仿真, 模拟 | シミュレーション | 시뮬레이션
phishing, malware, ransomware | phishing, malware | phishing, malware | phishing, schadsoftware |
    phishing, malware | phishing, malware | 网络钓鱼, 勒索软件, 恶意软件 | フィッシング, マルウェア, ランサムウェア | 피싱, 악성코드,
    랜섬웨어
datacenter, datacentre, datacenters | | | rechenzentrum, rechenzentren | datacenter | datacenter |
    数据中心 | データセンター | 데이터센터
dashboard, dashboards | dashboard, dashboards | dashboard, dashboards | dashboard, dashboards |
    dashboard, cruscotto | dashboard, dashboards | 仪表盘, 仪表板 | ダッシュボード | 대시보드
signage, wayfinding | señalización, señalética, letrero, rótulo | signalétique | beschilderung,
    leitsystem | segnaletica | sinalização, sinalética | 导视, 标牌, 指示牌 | 案内表示, サイン計画, 案内サイン | 안내판,
    표지판, 사인물
pictogram, pictograms, icon, icons, iconography | pictograma, pictogramas, icono, iconos |
    pictogramme, pictogrammes, icône, icônes | piktogramm, piktogramme, piktogrammen, icons |
    pittogramma, pittogrammi, icona, icone | pictograma, pictogramas, ícone, ícones | 图标, 象形符号 |
    ピクトグラム, アイコン | 픽토그램, 아이콘
typography, typographic, typographer, typeface, typefaces, fonts | tipografía, tipográfico |
    typographie, typographique | typografie, typographie, schriftart, schriftarten | tipografia,
    tipografico | tipografia, tipográfico | 字体, 排版 | タイポグラフィ, 書体, フォント | 타이포그래피, 서체, 폰트
facade, facades, façade, cladding | fachada, fachadas | façade, façades | fassade, fassaden |
    facciata, facciate | fachada, fachadas | 立面, 外立面, 幕墙 | ファサード, 外壁 | 파사드, 외벽
lighting, luminaire, luminaires | iluminación, luminaria | éclairage, luminaire | beleuchtung,
    leuchten | illuminazione | iluminação, luminária | 照明, 灯具 | 照明 | 조명
landscaping, landscaper | paisajismo, paisajista | paysagiste, paysagisme | landschaftsarchitekt,
    landschaftsarchitektur, landschaftsplanung | paesaggista, paesaggistica | paisagismo,
    paisagista | 景观, 园林 | 造園, ランドスケープ | 조경
usability | usabilidad | utilisabilité | usability, gebrauchstauglichkeit | usabilità |
    usabilidade | 易用性 | ユーザビリティ | 사용성
ergonomics, ergonomic | ergonomía, ergonómico | ergonomique | ergonomie, ergonomisch | ergonomia,
    ergonomico | ergonomia, ergonômico | 人体工学 | 人間工学 | 인체공학
logos, logotype | logotipo, logotipos | logos | logos | logotipo, loghi | logotipo, logotipos | 徽标,
    标志设计 | ロゴ | 로고
illustration, illustrations, illustrator, illustrators | ilustración, ilustrador, ilustradora |
    illustration, illustrateur, illustratrice | illustration, illustrator, illustratorin |
    illustrazione, illustratore, illustratrice | ilustração, ilustrador, ilustradora | 插画, 插图 |
    イラスト, 挿絵 | 일러스트, 삽화
heritage | patrimonio | patrimoine | denkmalschutz, kulturerbe, denkmalpflege | patrimonio |
    patrimônio | 文化遗产, 遗产保护 | 文化財, 文化遺産 | 문화유산, 문화재
interiors | interiorismo, interiorista | décorateur, décoratrice | innenarchitektur,
    innenarchitekt | arredatore, arredatrice | decorador, decoradora | 室内设计 | インテリア, 内装 | 인테리어
prefab, prefabricated | prefabricado, prefabricada | préfabriqué, préfabriquée | fertighaus,
    fertigbau | prefabbricato, prefabbricata | prefabricado | 装配式 | プレハブ | 프리팹
passivhaus, passivehouse | passivhaus | passivhaus | passivhaus | passivhaus | passivhaus | 被动房 |
    パッシブハウス | 패시브하우스
refrigerated, refrigeration, reefer, reefers | refrigerado, refrigeración, frigorífico | réfrigéré,
    frigorifique | kühlkette, kühlhaus, kühllager, kühlung | refrigerato, refrigerazione,
    frigorifero | refrigerado, refrigeração, frigorífico | 冷链, 冷藏 | 冷蔵, コールドチェーン | 냉장, 콜드체인
frozen, freezer, freezers | congelado, congelados, congelador | surgelé, surgelés, congélateur |
    tiefkühl, tiefgekühlt | surgelato, surgelati, congelato | congelado, congelados | 冷冻, 速冻 | 冷凍 |
    냉동
pallet, pallets | palets | palette, palettes | palette, paletten | pallet, bancale, bancali |
    palete, paletes | 托盘 | パレット | 팔레트, 파렛트
customs, customhouse | aduana, aduanas | douane, douanes | zoll, zollamt, verzollung | dogana,
    dogane | alfândega, alfândegas | 海关, 报关 | 税関, 通関 | 세관, 통관
harbour, harbor, harbours, harbors, seaport | portuario, portuaria | portuaire | | portuale,
    portuali | portuário, portuária | 港口, 码头 | 港湾 | 항만
trucks, truck, trucking, lorry, lorries | camión, camiones | camion, camions | lkw, lastwagen |
    camion, camionista | caminhão, caminhões | 卡车, 货车 | 運送業, 大型トラック, トラック輸送 | 트럭, 화물차
barcode, barcodes, rfid | rfid | rfid | barcode, strichcode, rfid | rfid | rfid | 条形码, 条码 | バーコード |
    바코드
supermarket, supermarkets, grocery, groceries, grocer | supermercado, supermercados | supermarché,
    supermarchés | supermarkt, supermärkte | supermercato, supermercati | supermercado,
    supermercados | 超市 | スーパーマーケット | 슈퍼마켓, 대형마트
wholesale, wholesaler, wholesalers | mayorista, mayoristas | grossiste, grossistes | großhandel,
    großhändler | ingrosso, grossista | atacadista, atacadistas | 批发 | 卸売 | 도매
franchise, franchises, franchisee, franchising | franquicia, franquicias | franchiseur | franchise,
    franchising | franchising | franquia, franquias | 特许经营, 加盟店 | フランチャイズ | 프랜차이즈, 가맹점
tender, tenders | licitación, licitaciones | | ausschreibung, ausschreibungen | appalto, appalti |
    licitação, licitações | 招标 | 入札 | 입찰
parcels | paquete, paquetes, paquetería | colis | paket, pakete | pacco, pacchi | encomenda,
    encomendas | 包裹 | 小包 | 소포
fleet, fleets | flota, flotas | flotte, flottes | flotte, fuhrpark | flotta, flotte | frota,
    frotas | 车队 | フリート | 차량관리
maritime | marítimo, marítima, naviera | maritime | maritim, reederei, seefahrt | marittimo,
    marittima | marítimo, marítima | 海运, 航运 | 海運 | 해운
exports, export, exporter, exporters | exportación, exportaciones, exportador | exportation,
    exportateur | export, exporteur | esportazione, esportazioni, esportatore | exportação,
    exportador | 出口商, 出口贸易, 外贸 | 輸出 | 수출
imports, importer, importers | importación, importaciones, importador | importation, importateur |
    importeur | importazione, importazioni, importatore | importação, importador | 进口 | 輸入 | 수입품,
    수입업체
tariffs | arancel, aranceles | | zölle, strafzölle | dazi | | 关税 | 関税 | 관세
outsourcing, outsourced, nearshoring, offshoring | outsourcing, subcontratación | externalisation |
    outsourcing, auslagerung | esternalizzazione, outsourcing | terceirização | 外包 | 外注, アウトソーシング |
    아웃소싱, 외주
audits, audited, auditing | auditoría, auditorías | audits | wirtschaftsprüfer, wirtschaftsprüfung |
    audits | auditoria, auditorias | 审计 | 監査 | 회계감사, 외부감사
tax, taxes, taxation | impuesto, impuestos, tributario, fiscalidad | impôts, fiscalité |
    steuerrecht, steuerlich, besteuerung, steuerpflicht, steuererklärung | imposte, fiscalità,
    tassazione | imposto, impostos, tributário, tributária | 税务, 税收 | 税務, 税金, 税制 | 세금, 세무
patent, patents | patente, patentes | brevet, brevets | patent, patente | brevetto, brevetti |
    patente, patentes | 专利 | 特許 | 특허
trademark, trademarks | | | markenrecht, markenschutz | | | 商标 | 商標 | 상표
copyright | | | urheberrecht | | autorais | 版权, 著作权 | 著作権 | 저작권
compliance | compliance | compliance | compliance | compliance | compliance | 合规 | コンプライアンス |
    컴플라이언스, 준법
gdpr, rgpd, dsgvo | rgpd | rgpd | dsgvo | gdpr | lgpd | | |
litigation, lawsuit, lawsuits, litigator | litigio, litigios, pleito | litige, litiges,
    contentieux | rechtsstreit | contenzioso, contenziosi | litígio, litígios | 诉讼 | 訴訟 | 소송
contract, contracts, contractual | contrato, contratos, contractual | contrats, contractuel,
    contractuelle | vertrags, vertraglich, vertragsrecht | contratto, contratti, contrattuale |
    contrato, contratos, contratual | 合同 | 契約 | 계약서, 계약
notary, notaries, notarial | notario, notaría, notarial | notaire, notaires, notarial | notariat,
    notarin | notaio, notarile | notário, cartório | 公证 | 公証 | 공증
insolvency, bankruptcy, bankrupt | insolvencia, quiebra | faillite, insolvabilité | insolvenz |
    fallimento, insolvenza | falência, insolvência | 破产 | 倒産, 破産 | 파산
mortgage, mortgages | hipoteca, hipotecas | hypothèque, hypothèques, hypothécaire | hypothek,
    hypotheken | ipoteca | hipoteca, hipotecas | 房贷, 抵押贷款 | 住宅ローン | 주택담보대출, 모기지
pension, pensions, retirement | pensión, pensiones, jubilación | retraite, retraites | renten,
    rentner, altersvorsorge | pensione, pensioni, previdenza | aposentadoria, previdência | 养老金 |
    年金 | 연금
microfinance, microcredit, microloans | microfinanzas, microcrédito | microfinance, microcrédit |
    mikrokredit, mikrofinanz | microcredito, microfinanza | microcrédito, microfinanças | 小额贷款 |
    マイクロファイナンス | 소액대출
fraud, frauds, fraudulent | fraude, fraudes | fraude, fraudes | betrugs, betrüger | frode, frodi |
    fraude, fraudes | 欺诈, 诈骗 | 詐欺 | 금융사기, 사기범
laundering | blanqueo | blanchiment | geldwäsche | antiriciclaggio | | 洗钱 | 資金洗浄, マネロン | 자금세탁
actuarial, actuary, actuaries | actuario, actuarial | actuaire, actuariel | aktuar, aktuarin |
    attuario, attuariale | atuário, atuarial | 精算 | 保険数理, アクチュアリー | 보험계리
shareholders, shareholder, stockholders | accionista, accionistas | actionnaire, actionnaires |
    aktionär, aktionäre | azionista, azionisti | acionista, acionistas | 股东 | 株主 | 주주
dividends, dividend | dividendo, dividendos | dividende, dividendes | dividende, dividenden |
    dividendo, dividendi | dividendo, dividendos | 股息, 分红 | 配当 | 배당
inflation, inflationary | inflación | inflation | inflation | inflazione | inflação | 通胀, 通货膨胀 |
    インフレ | 인플레이션
loans, loan | préstamo, préstamos | emprunt, emprunts | darlehen, kredite | prestito, prestiti |
    empréstimo, empréstimos | 贷款 | 融資, 借入金 | 대출
crowdfunding | crowdfunding, micromecenazgo | crowdfunding | crowdfunding, schwarmfinanzierung |
    crowdfunding | crowdfunding | 众筹 | クラウドファンディング | 크라우드펀딩
cooperative, cooperatives, coop | cooperativa, cooperativas | coopérative, coopératives |
    genossenschaft, genossenschaften | cooperativa, cooperative | cooperativa, cooperativas | 合作社 |
    協同組合, 生協 | 협동조합
unions, unionized, unionised | sindicato, sindicatos, sindical | syndicat, syndicats, syndical |
    gewerkschaft, gewerkschaften | sindacato, sindacati, sindacale | sindicato, sindicatos,
    sindical | 工会 | 労働組合, 労組 | 노조, 노동조합
coworking | coworking | coworking | coworking | coworking | coworking | 联合办公 | コワーキング | 공유오피스, 코워킹
fintech, fintechs | fintech | fintech | fintech | fintech | fintech | 金融科技 | フィンテック | 핀테크
subsidies, subsidy, subsidised, subsidized | subvención, subvenciones, subsidio, subsidios |
    subvention, subventions | fördermittel, subvention, subventionen, zuschuss | sovvenzione,
    sovvenzioni, sussidi | subsídio, subsídios, subvenção | 补贴 | 補助金 | 보조금
vat | iva | tva | mehrwertsteuer, mwst | iva | iva | 增值税 | 消費税 | 부가세
curriculum, curricula, syllabus | currículo, currículos | cursus | lehrplan, lehrpläne | curricolo,
    curricoli | currículo, currículos | 课程设计, 教学大纲 | カリキュラム | 교육과정, 커리큘럼
literacy | alfabetización | alphabétisation | alphabetisierung | alfabetizzazione | alfabetização |
    扫盲, 识字 | 識字, リテラシー | 문해력, 문맹
tutoring, tutors | tutorías | tutorat | nachhilfe | ripetizioni, tutoraggio | | 家教, 课外辅导 | 家庭教師,
    個別指導 | 과외
homework | deberes | devoirs | hausaufgaben | | | 家庭作业 | 宿題 | 숙제
exams, exam, examinations | examen, exámenes | examen, examens | prüfungen, abitur | esame | exame,
    exames, vestibular | 考试, 高考 | 試験, 受験 | 시험, 수능
scholarship, scholarships | beca, becas, becario, becaria | boursier, boursière | stipendium,
    stipendien, stipendiat | borsista, borsisti | bolsista, bolsistas | 奖学金 | 奨学金 | 장학금
phd, doctorate, doctoral, dissertation | doctorado, doctoral, tesis | doctorat, doctorant,
    doctorante | doktorand, doktorandin, doktorarbeit, promotionsstudium | dottorato, dottorando,
    tesi | doutorado, doutoramento, tese | 博士 | 博士 | 박사
apprentice, apprentices, apprenticeship | aprendices | alternant, alternante | azubi, azubis,
    lehrling, lehrlinge | apprendistato, apprendista | aprendizes | 学徒 | 見習い職人, 徒弟 | 견습생, 도제
harvest, harvests, harvesting | cosecha, cosechas | récolte, récoltes | ernten | vendemmia |
    colheita, colheitas | 收成, 丰收, 秋收 | 収穫期, 収穫量, 収穫祭 | 수확량, 수확기
crops, crop | cultivo, cultivos | | ackerbau, feldfrüchte | colture, coltura | lavoura, lavouras |
    农作物, 作物 | 作物 | 작물, 농작물
wheat, grain, grains, cereals | trigo, cereales | blé, céréales | weizen, getreide | grano,
    frumento, cereali | trigo, cereais | 小麦, 谷物 | 小麦, 穀物 | 밀가루, 곡물, 밀농사
poultry, chickens, chicken | pollos, pollo, avícola | volaille, volailles, poulet | geflügel,
    hühner | pollame, pollo, avicolo | frango, frangos, avicultura | 家禽, 养鸡 | 養鶏, 鶏肉 | 양계, 가금, 닭고기
aquaculture, fishfarm | acuicultura, piscifactoría | aquaculture, pisciculture | aquakultur,
    fischzucht | acquacoltura, piscicoltura | aquicultura, piscicultura | 水产养殖 | 養殖 | 양식장, 수산양식
agronomy, agronomist, agronomic | agronomía, agrónomo, agrónoma | agronomie, agronome | agronomie,
    agronom | agronomia, agronomo | agronomia, agrônomo | 农学, 农艺 | 農学 | 농학
soybeans, soybean, soya | soja | soja | soja | soia | soja | 大豆 | 大豆 | 대두
grazing, pasture, pastures | pastoreo, pastizal | pâturage, pâturages | weideland, weidehaltung |
    pascolo, pascoli | pastagem, pastagens | 放牧, 牧场 | 放牧 | 방목
agroforestry | agroforestería, agroforestal | agroforesterie | agroforst, agroforstwirtschaft |
    agroforestazione, agroforestale | agrofloresta, agroflorestal | 农林复合 | アグロフォレストリー | 혼농임업
permaculture | permacultura | permaculture | permakultur | permacultura | permacultura | 朴门 |
    パーマカルチャー | 퍼머컬처
gluten | gluten | gluten | gluten | glutine | glúten | 麸质 | グルテン | 글루텐
probiotics, probiotic | probióticos, probiótico | probiotiques, probiotique | probiotika,
    probiotisch | probiotici, probiotico | probióticos, probiótico | 益生菌 | プロバイオティクス | 프로바이오틱스
municipality, municipalities, municipal | municipio, municipios, ayuntamiento, municipal | mairie,
    mairies, municipalité, municipal | gemeinde, gemeinden, rathaus, stadtverwaltung | municipio,
    municipale | prefeitura, município, municipal | 市政府 | 自治体, 市役所 | 지자체, 지방자치, 구청
elections, election, electoral | elecciones, elección, electoral | élections, élection, électoral |
    wahl, wahlkampf, bundestagswahl | elezioni, elezione, elettorale | eleições, eleição,
    eleitoral | 选举 | 選挙 | 선거
census | censos, censal | recensement | volkszählung, zensus | censimento | censos | 人口普查 | 国勢調査 |
    인구조사
parliament, parliamentary | parlamento, parlamentario | parlement, parlementaire | parlament,
    bundestag, landtag | parlamento, parlamentare | parlamento, parlamentar | 议会, 国会 | 国会, 議会 | 국회,
    의회
police, policing | policía, policías | police, policier | polizei | polizia | polícia | 警察 | 警察 | 경찰
firefighters, firefighter, firefighting | bomberos, bombero | pompiers, pompier | feuerwehr |
    pompieri, pompiere | bombeiros, bombeiro | 消防 | 消防 | 소방
prison, prisons, prisoner, prisoners | cárcel, cárceles, prisión, presos | prison, prisons,
    détenus | gefängnis, häftlinge | carcere, carceri, detenuti | prisão, prisões, presídio,
    presos | 监狱 | 刑務所 | 교도소
homeless, homelessness | sintecho, sinhogar | sdf | obdachlos, obdachlose, wohnungslos |
    senzatetto | desabrigados | 无家可归, 流浪者 | ホームレス | 노숙인, 노숙자
ngo, ngos | ong, ongs | ong, ongs | ngo, ngos | ong | ong, ongs | 非政府组织 | NPO, 非営利 | 비영리
military, army | militar, ejército | militaire, armée | militär, bundeswehr | militare, esercito |
    militar, exército | 军队, 军事 | 自衛隊, 軍事 | 군대, 군사
diplomacy, diplomat, diplomats, diplomatic | diplomacia, diplomático | diplomatie, diplomate |
    diplomatie, diplomat | diplomazia, diplomatico | diplomacia, diplomata | 外交 | 外交 | 외교
embassy, embassies, consulate | embajada, consulado | ambassade, consulat | botschafter, konsulat |
    ambasciata, consolato | embaixada, consulado | 大使馆, 领事馆 | 大使館, 領事館 | 대사관, 영사관
visa, visas | visado, visados | visa, visas | visum, visa | | | 签证 | ビザ, 査証 | 비자
highway, highways, motorway, motorways | autopista, autopistas, carretera, carreteras | autoroute,
    autoroutes | autobahn, autobahnen | autostrada, autostrade | rodovia, rodovias | 高速公路 | 高速道路 |
    고속도로
pedestrian, pedestrians, pedestrianised, pedestrianized | peatón, peatones, peatonal | piéton,
    piétons, piétonne, piétonnier | fußgänger, fußgängerzone | pedone, pedoni, pedonale | pedestre,
    pedestres, pedonal | 步行, 行人 | 歩行者 | 보행자
welfare | | | sozialhilfe, sozialstaat | welfare | | 福利 | 福祉 | 복지
unemployment, unemployed, jobless | desempleo, desempleados, paro | chômage, chômeurs |
    arbeitslosigkeit, arbeitslos, arbeitslose | disoccupazione, disoccupati | desemprego,
    desempregados | 失业 | 失業 | 실업
poverty | pobreza | pauvreté | armut | povertà | pobreza | 贫困 | 貧困 | 빈곤
corruption, corrupt | corrupción, corrupto | corruption, corrompu | korruption, korrupt |
    corruzione, corrotto | corrupção, corrupto | 腐败 | 汚職, 腐敗 | 부패
broadcasting, broadcaster, broadcasters | radiodifusión | radiodiffusion, diffuseur | rundfunk |
    emittente, emittenti | radiodifusão, emissora | 广播电视 | 放送 | 방송
television, televised | televisión, televisiva, televisivo | télévision, télévisée | fernsehen,
    fernsehsender | televisione, televisivo | televisão, televisivo | 电视 | テレビ | 텔레비전, 티비
subtitle, subtitles, subtitling, captions | subtítulos, subtitulado | | untertitel | sottotitoli |
    legendagem | 字幕 | 字幕 | 자막
dubbing | doblaje | doublage | synchronsprecher, synchronfassung | doppiaggio | dublagem | 配音 |
    吹き替え | 더빙
disinformation, misinformation | desinformación | désinformation | desinformation |
    disinformazione | desinformação | 虚假信息 | 偽情報, 誤情報 | 허위정보, 가짜뉴스
censorship | censura | censure | zensur | censura | censura | 审查制度, 言论审查 | 検閲 | 검열
streaming | streaming | streaming | streaming | streaming | streaming | 流媒体 | ライブ配信, 動画配信, ストリーミング |
    스트리밍
magazine, magazines | revista, revistas | magazine, magazines, revues | zeitschrift, zeitschriften,
    magazin | rivista, riviste | revista, revistas | 杂志 | 雑誌 | 잡지
newsroom, newsrooms | redacción | rédaction | redaktion | redazione | redação | 编辑部 | 編集部 | 편집국
esports | esports | esports | esports | esports | esports | 电竞 | eスポーツ | e스포츠
influencer, influencers | influencer, influencers | influenceur, influenceuse | influencer |
    influencer | influenciador, influenciadora | 网红 | インフルエンサー | 인플루언서
geology, geologist, geological | geología, geólogo | géologie, géologue | geologie, geologe |
    geologia, geologo | geologia, geólogo | 地质 | 地質 | 지질
volcano, volcanoes, volcanic | volcán, volcanes | volcan, volcans | vulkan, vulkane | vulcano,
    vulcani | vulcão, vulcões | 火山 | 火山 | 화산
earthquake, earthquakes, seismic | terremoto, sismo, sísmico | séisme, sismique, tremblement |
    erdbeben | terremoto, sisma, sismico | terremoto, sismo, sísmico | 地震 | 地震 | 지진
meteorology, meteorologist, meteorological | meteorología, meteorólogo | météorologie,
    météorologue | meteorologie, meteorologe | meteorologia, meteorologo | meteorologia,
    meteorologista | 气象 | 気象 | 기상청, 기상학, 일기예보
botany, botanical, botanist | botánica, botánico | botanique, botaniste | botanik, botanisch,
    botaniker | botanica, botanico | botânica, botânico | 植物学, 植物园 | 植物学, 植物園 | 식물학, 식물원
insects, insect, entomology | insectos, insecto, entomología | insectes, insecte, entomologie |
    insekten, insekt, entomologie | insetti, insetto, entomologia | insetos, inseto, entomologia |
    昆虫 | 昆虫 | 곤충
demography, demographic, demographics | demografía, demográfico | démographie, démographique |
    demografie, demographie, demografisch | demografia, demografico | demografia, demográfico |
    人口统计, 人口学 | 人口動態 | 인구통계
anthropology, anthropologist | antropología, antropólogo | anthropologie, anthropologue |
    anthropologie, anthropologe | antropologia, antropologo | antropologia, antropólogo | 人类学 |
    人類学 | 인류학
philosophy, philosopher, philosophical | filosofía, filósofo | philosophie, philosophe |
    philosophie, philosoph | filosofia, filosofo | filosofia, filósofo | 哲学 | 哲学 | 철학
sociology, sociologist | sociología, sociólogo | sociologie, sociologue | soziologie, soziologe |
    sociologia, sociologo | sociologia, sociólogo | 社会学 | 社会学 | 사회학
"""
