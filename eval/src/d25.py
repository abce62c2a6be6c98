from lib import *
T = """Chief Inspector of Prisons' final annual report - positive signs but many deep problems will remain after COVID-19

Peter Clarke, HM Chief Inspector of Prisons, has published his fifth and final annual report, covering full inspections of places of detention in 2019–20 – some positive and some deeply troubling – as well as scrutiny of the enormous impact of COVID-19 in its early stages.

COVID-19 will overshadow life in detention for months to come and the Inspectorate will continue to visit establishments in a way that is both safe and capable of producing clear and independent evidence of welfare in a period of severe restrictions on daily regimes. HM Inspectorate of Prisons (HMI Prisons) has conducted more than 50 scrutiny visits during the COVID-19 period.

Mr Clarke warned, however: “Despite the impact of the COVID-19 pandemic on prisons, we must not forget what we had already seen during inspections earlier in the year.

“The challenges faced by many prisons, and the systemic weaknesses that we identified in some key areas, will not have gone away because of the health emergency. When the immediate crisis is over, there will still be an urgent need to address the serious issues that adversely affect the safety and decency of our prisons, the opportunity they offer for rehabilitation and their contribution to reducing reoffending.”

Some inspections in 2019–20 provided grounds for cautious optimism. Mr Clarke said: “HM Inspectorate of Prisons often refers to the impact of leadership and good management on the outcomes experienced by prisoners.

“In 2017, HMP Liverpool was the subject of one of the most damning inspection reports in recent years, and at the time I commented publicly on a failure of leadership at local, regional and national levels. A new governor was appointed, and the process of recovery began. When I returned to Liverpool in September 2019, the prison was almost unrecognisable.”"""
doc("hmiprisons-annual-report-2019-20",
 "https://www.justiceinspectorates.gov.uk/hmiprisons/media/press-releases/2020/10/chief-inspector-of-prisons-final-annual-report-positive-signs-but-many-deep-problems-will-remain-after-covid-19/ (HM Inspectorate of Prisons press release, October 2020; the link line 'Read the report: Annual Report 2019-20' left out; Clarke's second quote continued and is cut after '...almost unrecognisable.', with a closing ” added)",
 T,
 [("Person","Peter Clarke","Mr Clarke"),
  ("Organisation","HM Inspectorate of Prisons","HMI Prisons","the Inspectorate"),
  ("Organisation","HMP Liverpool","the prison")],
 roles=[("Peter Clarke","HM Chief Inspector of Prisons","HM Inspectorate of Prisons")],
 said=[("Peter Clarke","Despite the impact of the COVID-19 pandemic on prisons,",True),
       ("Peter Clarke","HM Inspectorate of Prisons often refers to the impact",True)],
 over=[("HM Inspectorate of Prisons","HMP Liverpool")],
 stats=[("more than 50 scrutiny visits",50,"count","scrutiny visits to places of detention conducted by HMI Prisons","during the COVID-19 period",None,"HM Inspectorate of Prisons")])
