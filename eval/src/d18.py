from lib import *
T = """Policy paper

Government response to 'A Patchwork of Provision: how to meet the needs of victims and survivors across England and Wales' (accessible version)

Updated 13 June 2023

Applies to England and Wales

March 2023

Introduction

The Home Office is grateful to the Domestic Abuse Commissioner (DAC) for publishing her report: ‘A Patchwork of Provision: how to meet the needs of victims and survivors across England and Wales’, and the effort the Commissioner’s team and external partners have gone to research this issue.

Domestic abuse is intolerable, sometimes fatal, and far too common. It is high volume; affecting 2.4 million adults every year. It is high harm; one in five homicides is a domestic homicide. And it is high cost; the social and economic costs of domestic abuse are estimated to be in the region of £78 billion (2022 to 2023 prices) over a three-year average period of abuse.

The government remains committed to supporting all victims of domestic abuse, regardless of where they may live. The ‘A Patchwork of Provision: how to meet the needs of victims and survivors across England and Wales’ report aims to improve understanding of what services are in place, for who, and where they are located to highlight existing gaps in service provision.

The report touches on wide ranging issues surrounding the provision of domestic abuse services. This includes the funding available for domestic abuse services, provision of specialist services including for those facing multiple disadvantages and increasing awareness and outreach of the support services already available.

We are already driving forward work which supports victims of these terrible crimes. This includes implementation of commitments in both the Tackling Violence Against Women and Girls Strategy and Tackling Domestic Abuse Plan with a £140 million investment to support victims, of which a minimum of £47 million is ringfenced funding for victims’ services over three years."""
doc("ho-response-dac-patchwork-of-provision-2023",
 "https://www.gov.uk/government/publications/government-response-to-a-patchwork-of-provision-mapping-report/government-response-to-a-patchwork-of-provision-how-to-meet-the-needs-of-victims-and-survivors-across-england-and-wales-accessible-version (Home Office policy paper, March 2023, updated 2023-06-13; stops before 'As set out...')",
 T,
 [("Organisation","Home Office"),
  ("Organisation","Domestic Abuse Commissioner","DAC"),
  ("Organisation","UK Government","The government"),
  ("Policy","Tackling Violence Against Women and Girls Strategy"),
  ("Policy","Tackling Domestic Abuse Plan"),
  ("Policy","£140 million investment to support victims"),
  ("Place","England and Wales")],
 ann=[("UK Government","£140 million investment to support victims")],
 stats=[("2.4 million adults",2400000,"count","adults affected by domestic abuse","every year","England and Wales",None),
        ("one in five homicides",20,"percent","homicides that are domestic homicides",None,"England and Wales",None),
        ("£78 billion",78000000000,"GBP","estimated social and economic costs of domestic abuse over a three-year average period of abuse","2022 to 2023 prices","England and Wales",None),
        ("£140 million investment",140000000,"GBP","investment to support victims under the VAWG Strategy and Tackling Domestic Abuse Plan",None,"England and Wales","UK Government"),
        ("a minimum of £47 million",47000000,"GBP","ringfenced funding for victims' services","over three years","England and Wales","UK Government")])
