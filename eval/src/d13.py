from lib import *
T = """HM Inspectorate of Probation: Probation services still in transit

Transitional problems associated with recent changes to probation services under Transforming Rehabilitation have been substantial and persist, but should be resolved in time, said Chief Inspector of Probation Paul Wilson. However, it is too early to say whether the changes have had any effect on reoffending rates, or produced greater innovation, he added. Today he published HM Inspectorate of Probation’s annual report.

In 2014-15, HMI Probation continued to make good progress on the longer-term regular inspections of youth and adult offending work. This work included:

  • continuing with a risk-proportionate programme of Inspection of Youth Offending Work, completing six full joint inspections and 31 short quality screenings;
  • conducting an audit of workloads held by probation trusts, followed by an audit of the way cases had been transferred to the National Probation Service (NPS) and which to the Community Rehabilitation Companies (CRCs);
  • completing 14 inspections under a programme of Inspection of Adult Offending Work;
  • completing 43 inspections of offender management in prisons, jointly with HMI Prisons; and
  • publishing five thematic reports, led by HMI Probation, on girls in the criminal justice system, child protection arrangements in probation trusts and Youth Offending Teams, the contribution of Youth Offending Teams to the Troubled Families initiative, the effectiveness of resettlement arrangements for children released from custody, and the second part of an inspection on people with learning difficulties in the criminal justice system.

In 2015-16, HMI Probation will continue to develop a new inspection model which will be piloted in the first half of the year. The inspectorate will continue to give a prominent focus to the issue of public safety, developing arrangements to improve practice in public protection.

Paul Wilson said:

“Our early Transforming Rehabilitation reports highlight significant operational and information-sharing concerns across the boundaries of the National Probation Service and Community Rehabilitation Companies, and continuing frustration with old case management systems.”"""
doc("hmiprobation-annual-report-2014-15",
 "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2015/08/hm-inspectorate-of-probation-probation-services-still-in-transit/ (HM Inspectorate of Probation press release, August 2015); the stored copy broke off at the start of Wilson's quote ('Our early Transforming Reha'); its first sentence is completed from the same words in the annual report's web summary (https://www.justiceinspectorates.gov.uk/hmiprobation/hm-inspectorate-of-probation-annual-report-2014-15-arolygiaeth-prawf-ei-mawrhydi-adroddiad-blynyddol-2014-15/), with a closing ” added",
 T,
 [("Organisation","HM Inspectorate of Probation","HMI Probation","The inspectorate"),
  ("Person","Paul Wilson","Chief Inspector of Probation Paul Wilson"),
  ("Organisation","HM Inspectorate of Prisons","HMI Prisons"),
  ("Organisation","National Probation Service","NPS"),
  ("Organisation","Community Rehabilitation Companies","CRCs"),
  ("Organisation","probation trusts"),
  ("Organisation","Youth Offending Teams"),
  ("Policy","Transforming Rehabilitation"),
  ("Policy","Inspection of Youth Offending Work"),
  ("Policy","Inspection of Adult Offending Work"),
  ("Policy","Troubled Families initiative"),
  ("Policy","new inspection model")],
 roles=[("Paul Wilson","Chief Inspector of Probation","HM Inspectorate of Probation")],
 said=[("Paul Wilson","Transitional problems associated with recent changes to probation services",False),
       ("Paul Wilson","it is too early to say whether the changes",False),
       ("Paul Wilson","Our early Transforming Rehabilitation reports highlight significant operational",True)],
 ann=[("HM Inspectorate of Probation","new inspection model")],
 over=[("HM Inspectorate of Probation","probation trusts"),("HM Inspectorate of Probation","Youth Offending Teams")],
 stats=[("six full joint inspections",6,"count","full joint inspections of youth offending work completed","2014-15",None,"HM Inspectorate of Probation"),
        ("31 short quality screenings",31,"count","short quality screenings of youth offending work completed","2014-15",None,"HM Inspectorate of Probation"),
        ("14 inspections",14,"count","inspections completed under the Inspection of Adult Offending Work programme","2014-15",None,"HM Inspectorate of Probation"),
        ("43 inspections of offender management in prisons",43,"count","inspections of offender management in prisons completed jointly with HMI Prisons","2014-15",None,"HM Inspectorate of Probation"),
        ("five thematic reports",5,"count","thematic reports published, led by HMI Probation","2014-15",None,"HM Inspectorate of Probation")])
