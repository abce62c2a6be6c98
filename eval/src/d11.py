from lib import *
T = """Annual probation report: ‘There is hope for the future – as long as funding and good practice are not forgotten’

Ahead of substantial changes for the probation service, HM Inspectorate of Probation reflects on a challenging year for a system impacted by Covid-19, and the ongoing legacy of the Transforming Rehabilitation reforms.

The Inspectorate today (03 December) published its annual report of probation service inspection key findings; highlighting familiar concerns around public protection and the effective management of risk of harm, accommodation provision and high caseloads for probation officers.

Approximately 224,000 people were under probation supervision in England and Wales by June this year. Currently, Community Rehabilitation Companies (CRCs) supervise offenders considered to be low and medium risk, and the National Probation Service (NPS) supervises high-risk offenders. In June 2021, all offender management as well as delivery of unpaid work and accredited interventions will move to the public sector and be delivered by the National Probation Service.

HM Inspectorate of Probation was able to undertake 10 inspections of CRCs and one NPS division, from September 2019, before the inspection programme was suspended in March 2020 due to Covid-19.

For the ten services the Inspectorate was able to complete and give an overall score, it rated:

  • zero probation services as ‘Outstanding’
  • four probation services as ‘Good’ (three CRCs and one NPS)
  • six probation services as ‘Requires improvement’ (all CRCs)
  • zero probation services as ‘Inadequate’.

Chief Inspector of Probation Justin Russell: “While it has been encouraging to see some signs of improvement this year, with three probation services improving their overall rating to ‘good’, others remain a concern. In some areas we continued to find budgets being squeezed, staff under pressure and unacceptably high caseloads.”"""
doc("hmiprobation-annual-report-2020",
 "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/12/par2020/ (HM Inspectorate of Probation press release, 2020-12-03; Russell's quote continued and is cut after its second sentence, with a closing ” added)",
 T,
 [("Organisation","HM Inspectorate of Probation","The Inspectorate","the Inspectorate"),
  ("Person","Justin Russell","Chief Inspector of Probation Justin Russell"),
  ("Organisation","Community Rehabilitation Companies","CRCs"),
  ("Organisation","National Probation Service","NPS"),
  ("Policy","Transforming Rehabilitation reforms","Transforming Rehabilitation"),
  ("Place","England and Wales")],
 roles=[("Justin Russell","Chief Inspector of Probation","HM Inspectorate of Probation")],
 said=[("Justin Russell","While it has been encouraging to see some signs",True)],
 over=[("HM Inspectorate of Probation","Community Rehabilitation Companies"),("HM Inspectorate of Probation","National Probation Service")],
 stats=[("Approximately 224,000 people",224000,"count","people under probation supervision","by June 2020","England and Wales",None),
        ("10 inspections of CRCs",10,"count","inspections of Community Rehabilitation Companies undertaken","September 2019 to March 2020","England and Wales","HM Inspectorate of Probation"),
        ("one NPS division",1,"count","National Probation Service divisions inspected","September 2019 to March 2020","England and Wales","HM Inspectorate of Probation"),
        ("the ten services",10,"count","probation services given an overall score","September 2019 to March 2020","England and Wales","HM Inspectorate of Probation"),
        ("zero probation services",0,"count","probation services rated Outstanding","September 2019 to March 2020","England and Wales","HM Inspectorate of Probation"),
        ("four probation services",4,"count","probation services rated Good","September 2019 to March 2020","England and Wales","HM Inspectorate of Probation"),
        ("three CRCs",3,"count","Community Rehabilitation Companies rated Good","September 2019 to March 2020","England and Wales","HM Inspectorate of Probation"),
        ("one NPS",1,"count","National Probation Service divisions rated Good","September 2019 to March 2020","England and Wales","HM Inspectorate of Probation"),
        ("six probation services",6,"count","probation services rated Requires improvement, all CRCs","September 2019 to March 2020","England and Wales","HM Inspectorate of Probation"),
        ("zero probation services",0,"count","probation services rated Inadequate","September 2019 to March 2020","England and Wales","HM Inspectorate of Probation"),
        ("three probation services",3,"count","probation services improving their overall rating to good","this year","England and Wales","Justin Russell")])
