package noimportgroup

import "fmt"

func printed() {
	fmt.Println(Get().StatusCode == 202) // want `bare HTTP status code 202, use http.StatusAccepted`
}
